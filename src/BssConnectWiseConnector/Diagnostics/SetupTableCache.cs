using System.Collections.Concurrent;
using BssConnectWiseConnector.Clients;
using BssConnectWiseConnector.Http;

namespace BssConnectWiseConnector.Diagnostics;

/// <summary>
/// The ConnectWise setup tables (statuses, types, categories, currencies, …) of one session, each read whole at
/// most once however many records and modules ask for it.
/// </summary>
internal sealed class SetupTableCache
{
    private readonly ConcurrentDictionary<string, Lazy<Task<object>>> _tables = new(StringComparer.Ordinal);
    private readonly CancellationToken _lifetime;

    /// <summary>Initializes a new instance of the <see cref="SetupTableCache"/> class.</summary>
    /// <param name="lifetime">Cancels the reads when the session ends.</param>
    public SetupTableCache(CancellationToken lifetime)
    {
        _lifetime = lifetime;
    }

    /// <summary>Reads a whole table, once per session.</summary>
    /// <typeparam name="T">The record type.</typeparam>
    /// <param name="table">The table's client.</param>
    /// <param name="cancellationToken">Stops waiting; the read itself runs for the session.</param>
    /// <returns>Every record of the table.</returns>
    public async Task<IReadOnlyList<T>> ReadAsync<T>(IResourceClient<T> table, CancellationToken cancellationToken = default)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(table);
        var lazy = _tables.GetOrAdd(table.Route, _ => new Lazy<Task<object>>(async () => await LoadAsync(table).ConfigureAwait(false)));
        try
        {
            return (IReadOnlyList<T>)await lazy.Value.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception) when (lazy.Value.IsFaulted)
        {
            // A failed read is not cached: the next caller tries again.
            _tables.TryRemove(new KeyValuePair<string, Lazy<Task<object>>>(table.Route, lazy));
            throw;
        }
    }

    private async Task<object> LoadAsync<T>(IResourceClient<T> table)
        where T : class
    {
        var all = new List<T>();
        await foreach (var item in table.ListAsync(new ListQuery(), _lifetime).ConfigureAwait(false))
        {
            all.Add(item);
        }

        return all;
    }
}
