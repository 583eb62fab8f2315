using System.Globalization;
using System.Runtime.CompilerServices;
using Bss.IntegrationFramework;
using BssConnectWiseConnector.Clients;
using Microsoft.Extensions.Logging;

namespace BssConnectWiseConnector.Sync;

/// <summary>
/// A pull through <see cref="IncrementalReader"/>: everything, or what changed since the cursor, one page of 1000 at
/// a time with its checkpoint (the one rule of <see cref="PullCursor"/>), progress per page, and a read by id that
/// gives <see langword="null"/> for a record ConnectWise does not have; modules only map a ConnectWise record to a BSS one.
/// </summary>
/// <typeparam name="TRemote">The ConnectWise record type.</typeparam>
/// <typeparam name="TRecord">The BSS record type.</typeparam>
internal abstract class IncrementalPullModule<TRemote, TRecord> : IPullModule<TRecord>
    where TRemote : class
    where TRecord : BssRecord
{
    private readonly IResourceClient<TRemote> _client;
    private readonly ILogger _logger;

    /// <summary>Initializes a new instance of the <see cref="IncrementalPullModule{TRemote, TRecord}"/> class.</summary>
    /// <param name="client">The resource's client.</param>
    /// <param name="context">The session's shared context.</param>
    protected IncrementalPullModule(IResourceClient<TRemote> client, ModuleContext context)
    {
        _client = client;
        Context = context ?? throw new ArgumentNullException(nameof(context));
        _logger = context.LoggerFactory.CreateLogger(GetType());
    }

    /// <summary>Gets the session's shared context.</summary>
    protected ModuleContext Context { get; }

    /// <summary>Gets the module's name, as progress reports it.</summary>
    protected abstract string Module { get; }

    /// <summary>
    /// Gets how a record's <c>lastUpdated</c> is read when the module delivers each version once (a record read
    /// again inside the cursor's margin, unchanged, is left out); <see langword="null"/>, the default, delivers the
    /// changes inside the margin again.
    /// </summary>
    protected virtual Func<TRemote, DateTimeOffset?>? DeliverEachVersionOnce => null;

    /// <inheritdoc />
    public async IAsyncEnumerable<PullBatch<TRecord>> PullAsync(PullRequest request, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.RemoteIds is { } remoteIds)
        {
            var named = await Callbacks.RemoteIdReader.ReadAsync(_client, remoteIds, IdOf, cancellationToken).ConfigureAwait(false);
            yield return new PullBatch<TRecord>(await MapPageAsync(named, cancellationToken).ConfigureAwait(false), null);
            yield break;
        }

        if (!PullCursor.TryParse(request.Cursor, out _))
        {
            // A cursor that cannot be read is started over rather than trusted: a full read repeats, it never skips.
            _logger.LogWarning("The {Module} cursor cannot be read; everything is pulled again.", Module);
        }

        var done = 0;
        await foreach (var (items, checkpoint) in IncrementalReader.ReadAsync(_client, request, IdOf, DeliverEachVersionOnce, Context.Time, cancellationToken).ConfigureAwait(false))
        {
            var records = await MapPageAsync(items, cancellationToken).ConfigureAwait(false);
            done += records.Count;
            Context.Progress?.Report(new SyncProgress(Module, done, null));
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
        if (item is null)
        {
            return null;
        }

        var link = await Context.Links.FindByRemoteIdAsync(Module, remoteId, cancellationToken).ConfigureAwait(false);
        var references = await PageReferences.ReadAsync(Context.Links, ReferencesOf(item), cancellationToken).ConfigureAwait(false);
        return await MapAsync(item, link, references, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Reads a record's id.</summary>
    /// <param name="remote">The record.</param>
    /// <returns>The id.</returns>
    protected abstract int? IdOf(TRemote remote);

    /// <summary>
    /// Names the records of other modules that a record refers to, so that their links are read for the whole page at
    /// once (<see cref="PageReferences"/>); none by default.
    /// </summary>
    /// <param name="remote">The record.</param>
    /// <returns>The module of each record referred to and its ConnectWise id (<see langword="null"/> for none).</returns>
    protected virtual IEnumerable<(string Module, int? RemoteId)> ReferencesOf(TRemote remote) => [];

    /// <summary>Maps a record, resolving its references to linked BSS ids.</summary>
    /// <param name="remote">The record.</param>
    /// <param name="link">The record's own link, read with the rest of its page; <see langword="null"/> when it has none.</param>
    /// <param name="references">The links of the records the page refers to (<see cref="ReferencesOf"/>).</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The pulled record.</returns>
    protected abstract Task<PulledRecord<TRecord>> MapAsync(TRemote remote, IntegrationLink? link, PageReferences references, CancellationToken cancellationToken);

    // A page's own links, and the links of the records it refers to, are read in one call per module, not one store
    // query per record (issue 16). They are read per page, after the host has stored the page before, so a link saved
    // for an earlier page is seen as before; no link is written while a page is mapped.
    private async Task<List<PulledRecord<TRecord>>> MapPageAsync(IReadOnlyList<TRemote> items, CancellationToken cancellationToken)
    {
        var remoteIds = items.Select(IdOf).OfType<int>().Select(id => id.ToString(CultureInfo.InvariantCulture)).Distinct(StringComparer.Ordinal).ToArray();
        IReadOnlyDictionary<string, IntegrationLink> links = remoteIds.Length == 0
            ? new Dictionary<string, IntegrationLink>(StringComparer.Ordinal)
            : await Context.Links.FindByRemoteIdsAsync(Module, remoteIds, cancellationToken).ConfigureAwait(false);
        var references = await PageReferences.ReadAsync(Context.Links, items.SelectMany(ReferencesOf), cancellationToken).ConfigureAwait(false);

        // The merge fingerprints each record as the push would, with the links the page refers to: held for the page.
        using var held = (Context.Links as PageScopedLinks)?.Hold(references.Links);
        var records = new List<PulledRecord<TRecord>>(items.Count);
        foreach (var item in items)
        {
            var link = IdOf(item) is { } id && links.TryGetValue(id.ToString(CultureInfo.InvariantCulture), out var found) ? found : null;
            records.Add(await MapAsync(item, link, references, cancellationToken).ConfigureAwait(false));
        }

        return records;
    }
}
