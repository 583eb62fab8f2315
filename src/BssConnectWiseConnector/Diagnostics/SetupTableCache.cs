using System.Collections.Concurrent;
using BssConnectWiseConnector.Clients;
using BssConnectWiseConnector.Http;

namespace BssConnectWiseConnector.Diagnostics;

/// <summary>
/// The ConnectWise setup tables (statuses, types, countries, categories, currencies, …) of one instance, each read
/// whole at most once per run however many records and modules ask for it, and kept for <see cref="MaxAge"/> so
/// that back-to-back runs of the same instance do not read them again.
/// </summary>
internal sealed class SetupTableCache : ISetupTables
{
    /// <summary>How long a table read is kept.</summary>
    public static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(10);

    private readonly ConcurrentDictionary<string, Lazy<Task<object>>> _tables = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, long> _readAt = new(StringComparer.Ordinal);
    private readonly TimeProvider _time;
    private readonly CancellationToken _lifetime;

    /// <summary>Initializes a new instance of the <see cref="SetupTableCache"/> class.</summary>
    /// <param name="time">The clock ages are measured on.</param>
    /// <param name="lifetime">Cancels the reads when the instance's transport is disposed.</param>
    public SetupTableCache(TimeProvider time, CancellationToken lifetime)
    {
        _time = time;
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
        if (_readAt.TryGetValue(table.Route, out var readAt) && _time.GetElapsedTime(readAt) > MaxAge)
        {
            _tables.TryRemove(table.Route, out _);
            _readAt.TryRemove(table.Route, out _);
        }

        var lazy = _tables.GetOrAdd(table.Route, route =>
        {
            _readAt[route] = _time.GetTimestamp();
            return new Lazy<Task<object>>(async () => await LoadAsync(table).ConfigureAwait(false));
        });
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
