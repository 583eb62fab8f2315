using System.Globalization;
using System.Runtime.CompilerServices;
using Bss.IntegrationFramework;
using BssConnectWiseConnector.Clients;

namespace BssConnectWiseConnector.Sync;

/// <summary>
/// A pull through <see cref="IncrementalReader"/>: everything, or what changed since the cursor, one page of 1000 at
/// a time with its checkpoint, and a read by id; modules only map a ConnectWise record to a BSS one.
/// </summary>
/// <typeparam name="TRemote">The ConnectWise record type.</typeparam>
/// <typeparam name="TRecord">The BSS record type.</typeparam>
internal abstract class IncrementalPullModule<TRemote, TRecord> : IPullModule<TRecord>
    where TRemote : class
    where TRecord : BssRecord
{
    private readonly IResourceClient<TRemote> _client;

    /// <summary>Initializes a new instance of the <see cref="IncrementalPullModule{TRemote, TRecord}"/> class.</summary>
    /// <param name="client">The resource's client.</param>
    /// <param name="context">The session's shared context.</param>
    protected IncrementalPullModule(IResourceClient<TRemote> client, SyncModuleContext context)
    {
        _client = client;
        Context = context;
    }

    /// <summary>Gets the session's shared context.</summary>
    protected SyncModuleContext Context { get; }

    /// <inheritdoc />
    public async IAsyncEnumerable<PullBatch<TRecord>> PullAsync(PullRequest request, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.RemoteIds is { } remoteIds)
        {
            var named = new List<PulledRecord<TRecord>>();
            foreach (var item in await Callbacks.RemoteIdReader.ReadAsync(_client, remoteIds, IdOf, cancellationToken).ConfigureAwait(false))
            {
                named.Add(await MapAsync(item, cancellationToken).ConfigureAwait(false));
            }

            yield return new PullBatch<TRecord>(named, null);
            yield break;
        }

        await foreach (var (items, checkpoint) in IncrementalReader.ReadAsync(_client, request, IdOf, Context.Time, cancellationToken).ConfigureAwait(false))
        {
            var records = new List<PulledRecord<TRecord>>(items.Count);
            foreach (var item in items)
            {
                records.Add(await MapAsync(item, cancellationToken).ConfigureAwait(false));
            }

            yield return new PullBatch<TRecord>(records, checkpoint);
        }
    }

    /// <summary>Reads one record by its ConnectWise id; text that is no id names no record, so it gives <see langword="null"/> as a missing one does.</summary>
    /// <param name="remoteId">The ConnectWise id.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The record, or <see langword="null"/> when ConnectWise has none with that id.</returns>
    public async Task<PulledRecord<TRecord>?> ReadAsync(string remoteId, CancellationToken cancellationToken = default)
    {
        if (!int.TryParse(remoteId, NumberStyles.None, CultureInfo.InvariantCulture, out var id) || id <= 0)
        {
            return null;
        }

        var item = await _client.GetAsync(id, cancellationToken).ConfigureAwait(false);
        return item is null ? null : await MapAsync(item, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Reads a record's id.</summary>
    /// <param name="remote">The record.</param>
    /// <returns>The id.</returns>
    protected abstract int? IdOf(TRemote remote);

    /// <summary>Maps a record, resolving its references to linked BSS ids.</summary>
    /// <param name="remote">The record.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The pulled record.</returns>
    protected abstract Task<PulledRecord<TRecord>> MapAsync(TRemote remote, CancellationToken cancellationToken);
}
