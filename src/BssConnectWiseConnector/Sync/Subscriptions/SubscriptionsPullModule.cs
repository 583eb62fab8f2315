using System.Globalization;
using System.Runtime.CompilerServices;
using Bss.IntegrationFramework;
using BssConnectWiseConnector.Http;
using BssConnectWiseConnector.Models;
using BssConnectWiseConnector.Settings;
using Microsoft.Extensions.Logging;

namespace BssConnectWiseConnector.Sync.Subscriptions;

/// <summary>
/// Pulls the agreement additions the connector owns back into their BSS subscriptions (<see cref="AdditionPullMerge"/>).
/// The owned agreements are those the subscriptions' links name (each link's snapshot holds the agreement its addition
/// sits on), so no agreement is listed. ConnectWise has no route that lists additions across agreements (the spec's
/// only one is <c>finance/agreements/{parentId}/additions</c>), so the additions changed since the cursor are read with
/// <c>lastUpdated &gt; [since]</c> through <see cref="AdditionReader"/>: one <c>system/bundles</c> request per 25
/// agreements (a page of 1000 additions each), and one plain read per agreement wherever a bundle is refused. Each
/// group of 25 agreements is a batch whose checkpoint is <see cref="PullCursor"/>'s: the bound is fixed when the pull
/// starts, and <see cref="PullCursor.AfterId"/> is the last agreement stored, so an interrupted pull resumes with the
/// next agreement. A full read (no cursor) also reports each linked addition its agreement no longer lists as deleted.
/// A pull by ids reads the agreements a callback named (ConnectWise's <c>agreement</c> callbacks carry the agreement's id).
/// With the drift policy BssWins the push owns every field, so the pull reads nothing.
/// </summary>
internal sealed class SubscriptionsPullModule : IPullModule<Subscription>
{
    private readonly ModuleContext _context;
    private readonly AdditionReader _reader;
    private readonly ILogger _logger;

    /// <summary>Initializes a new instance of the <see cref="SubscriptionsPullModule"/> class.</summary>
    /// <param name="context">The session's module context.</param>
    public SubscriptionsPullModule(ModuleContext context)
    {
        _context = context ?? throw new ArgumentNullException(nameof(context));
        _reader = new AdditionReader(context.Client, context.LoggerFactory);
        _logger = context.LoggerFactory.CreateLogger<SubscriptionsPullModule>();
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<PullBatch<Subscription>> PullAsync(PullRequest request, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (_context.Settings.SubscriptionDriftPolicy == SubscriptionDriftPolicy.BssWins)
        {
            _logger.LogInformation("The drift policy is BssWins: the push overwrites what ConnectWise changed, so no addition is pulled.");
            yield break;
        }

        var owned = await OwnedAsync(cancellationToken).ConfigureAwait(false);
        if (request.RemoteIds is { } remoteIds)
        {
            var named = remoteIds
                .Select(text => int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : 0)
                .Where(owned.ContainsKey)
                .Distinct()
                .Order()
                .ToArray();
            var records = new List<PulledRecord<Subscription>>();
            foreach (var chunk in named.Chunk(AdditionReader.BundleSize))
            {
                records.AddRange(await ReadAsync(chunk, owned, null, cancellationToken).ConfigureAwait(false));
            }

            yield return new PullBatch<Subscription>(records, null);
            yield break;
        }

        if (!PullCursor.TryParse(request.Cursor, out var cursor))
        {
            // A cursor that cannot be read is started over rather than trusted: a full read repeats, it never skips.
            _logger.LogWarning("The {Module} cursor cannot be read; everything is pulled again.", BssModules.Subscriptions);
        }

        var nextSince = cursor.NextSince ?? _context.Time.GetUtcNow() - PullCursor.SafetyMargin;
        var conditions = cursor.Since is { } since ? Condition.GreaterThan("lastUpdated", since) : null;
        var chunks = owned.Keys.Where(id => id > (cursor.AfterId ?? 0)).Order().Chunk(AdditionReader.BundleSize).ToArray();
        if (chunks.Length == 0)
        {
            yield return new PullBatch<Subscription>([], new PullCursor { Since = nextSince }.Serialize());
            yield break;
        }

        var done = 0;
        for (var index = 0; index < chunks.Length; index++)
        {
            var records = await ReadAsync(chunks[index], owned, conditions, cancellationToken).ConfigureAwait(false);
            done += records.Count;
            _context.Progress?.Report(new SyncProgress(BssModules.Subscriptions, done, null));
            var checkpoint = index < chunks.Length - 1
                ? new PullCursor { Since = cursor.Since, AfterId = chunks[index][^1], NextSince = nextSince }
                : new PullCursor { Since = nextSince };
            yield return new PullBatch<Subscription>(records, checkpoint.Serialize());
        }
    }

    /// <inheritdoc />
    public async Task<PulledRecord<Subscription>?> ReadAsync(string remoteId, CancellationToken cancellationToken = default)
    {
        if (!int.TryParse(remoteId, NumberStyles.None, CultureInfo.InvariantCulture, out var id) || id <= 0)
        {
            return null;
        }

        var link = await _context.Links.FindByRemoteIdAsync(BssModules.Subscriptions, remoteId, cancellationToken).ConfigureAwait(false);
        if (link is null || SubscriptionLinkState.Parse(link.Snapshot) is not { } state)
        {
            // Not an addition of ours: the pull never makes a subscription out of a hand-made addition.
            return null;
        }

        var addition = await _context.Client.Additions(state.AgreementId).GetAsync(id, cancellationToken).ConfigureAwait(false);
        return addition is null ? null : await MergeAsync(addition, link, state, cancellationToken).ConfigureAwait(false);
    }

    // The agreements the subscriptions' additions sit on, each with the links of its additions.
    private async Task<IReadOnlyDictionary<int, IReadOnlyList<(IntegrationLink Link, SubscriptionLinkState State)>>> OwnedAsync(CancellationToken cancellationToken)
    {
        var links = await _context.Links.ListAsync(BssModules.Subscriptions, cancellationToken).ConfigureAwait(false);
        return links
            .Select(link => (Link: link, State: SubscriptionLinkState.Parse(link.Snapshot)))
            .Where(l => l.State is not null && int.TryParse(l.Link.RemoteId, NumberStyles.None, CultureInfo.InvariantCulture, out _))
            .GroupBy(l => l.State!.AgreementId)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<(IntegrationLink, SubscriptionLinkState)>)[.. g.Select(l => (l.Link, l.State!))]);
    }

    private async Task<List<PulledRecord<Subscription>>> ReadAsync(
        int[] agreements,
        IReadOnlyDictionary<int, IReadOnlyList<(IntegrationLink Link, SubscriptionLinkState State)>> owned,
        Condition? conditions,
        CancellationToken cancellationToken)
    {
        var read = await _reader.ReadAsync(agreements, conditions, cancellationToken).ConfigureAwait(false);
        var records = new List<PulledRecord<Subscription>>();
        foreach (var agreement in agreements)
        {
            var additions = read.GetValueOrDefault(agreement) ?? [];
            var byId = additions.Where(a => a.Id is not null).ToDictionary(a => a.Id!.Value.ToString(CultureInfo.InvariantCulture), StringComparer.Ordinal);
            foreach (var (link, state) in owned[agreement].OrderBy(l => l.Link.RemoteId, StringComparer.Ordinal))
            {
                if (byId.TryGetValue(link.RemoteId, out var addition))
                {
                    if (await MergeAsync(addition, link, state, cancellationToken).ConfigureAwait(false) is { } merged)
                    {
                        records.Add(merged);
                    }
                }
                else if (conditions is null && await _context.Records.FindAsync<Subscription>(link.BssId, cancellationToken).ConfigureAwait(false) is { } subscription)
                {
                    // Read in full, the agreement no longer lists the addition: reported, never dropped (the next push places it again).
                    records.Add(new PulledRecord<Subscription>(subscription, link.RemoteId, true));
                }
            }
        }

        return records;
    }

    private async Task<PulledRecord<Subscription>?> MergeAsync(Addition addition, IntegrationLink link, SubscriptionLinkState state, CancellationToken cancellationToken)
    {
        var subscription = await _context.Records.FindAsync<Subscription>(link.BssId, cancellationToken).ConfigureAwait(false);
        if (subscription is null)
        {
            // The BSS no longer has the subscription: its push (a delete) decides what becomes of the addition.
            _logger.LogInformation("Addition {AdditionId} is linked to subscription {SubscriptionId}, which the BSS no longer has; it is not pulled.", link.RemoteId, link.BssId);
            return null;
        }

        return AdditionPullMerge.Merge(addition, link, state, subscription, _context.Settings);
    }
}
