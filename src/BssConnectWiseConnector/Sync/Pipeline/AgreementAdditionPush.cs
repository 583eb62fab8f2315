using System.Globalization;
using Bss.IntegrationFramework;
using BssConnectWiseConnector.Sync.Subscriptions;
using Microsoft.Extensions.Logging;

namespace BssConnectWiseConnector.Sync.Pipeline;

/// <summary>
/// The agreement-addition kind of write, composed with a definition (<see cref="IAgreementAdditionDefinition"/>):
/// seats on ConnectWise agreements, one agreement per customer and agreement type, one addition per record. Additions
/// sit under their agreement, so one flat natural key does not fit: linked additions are read and patched field by
/// field (<see cref="LinkedAdditionUpdater"/>; one that is gone is placed again), the others are placed per agreement
/// (<see cref="AdditionPlacer"/>), adopted before created; each change is dated outside invoiced periods.
/// </summary>
internal sealed class AgreementAdditionPush : PushPipeline<Subscription, IReadOnlyList<PushItem<Subscription>>, SubscriptionPlan>
{
    private readonly IAgreementAdditionDefinition _definition;
    private readonly LinkedAdditionUpdater _linked;
    private readonly AdditionPlacer _placer;
    private readonly AgreementChooser _agreements;
    private readonly DefaultContacts _defaultContacts;
    private readonly AdditionReader _additions;
    private readonly InvoicingStateReader _invoicing;

    /// <summary>Initializes a new instance of the <see cref="AgreementAdditionPush"/> class.</summary>
    /// <param name="definition">What is particular to the module: its plans, billing and drift.</param>
    /// <param name="services">The session's services.</param>
    public AgreementAdditionPush(IAgreementAdditionDefinition definition, ModuleContext services)
        : base(services ?? throw new ArgumentNullException(nameof(services)))
    {
        _definition = definition ?? throw new ArgumentNullException(nameof(definition));
        var client = services.Client;
        var tags = new TagFieldCache();
        _invoicing = new InvoicingStateReader(client);
        var dating = new AdditionDating(_invoicing);
        _linked = new LinkedAdditionUpdater(client, services.Links, services.Time, tags, definition, dating);
        _additions = new AdditionReader(client, services.LoggerFactory, tags);
        _defaultContacts = new DefaultContacts(client.Companies);
        _agreements = new AgreementChooser(client, services.Tables, services.Records, services.Links, services.Time, _defaultContacts);
        _placer = new AdditionPlacer(client, services.Links, _additions, tags, _linked, _agreements, definition.Billing, dating, services.LoggerFactory.CreateLogger<AdditionPlacer>());
    }

    /// <inheritdoc />
    protected override string Module => _definition.Module;

    /// <inheritdoc />
    protected override bool RejectsRepeatedIds => true;

    /// <inheritdoc />
    protected override Task<IReadOnlyList<PushItem<Subscription>>> PrepareAsync(IReadOnlyList<PushItem<Subscription>> items, PushOptions options, CancellationToken cancellationToken) =>
        Task.FromResult(items);

    /// <inheritdoc />
    protected override Task<(SubscriptionPlan? Plan, PushResult? Result)> PlanAsync(
        int index, PushItem<Subscription> item, IntegrationLink? link, IReadOnlyList<PushItem<Subscription>> batch, PushOptions options, CancellationToken cancellationToken) =>
        _definition.PlanAsync(index, item, link, options, cancellationToken);

    /// <inheritdoc />
    protected override async Task WriteAsync(IReadOnlyList<SubscriptionPlan> plans, IReadOnlyList<PushItem<Subscription>> batch, PushOptions options, PushWriter<Subscription, SubscriptionPlan> writer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plans);
        ArgumentNullException.ThrowIfNull(writer);
        var placing = plans.Where(p => !IsLinked(p)).ToList();
        var linked = await WithInvoicingAsync(plans.Where(IsLinked).ToArray(), p => ChangesSeatsOrCancels(p) ? p.State!.AgreementId : null,
            ids => _invoicing.ReadAsync(ids.Cast<int>().ToArray(), cancellationToken), writer).ConfigureAwait(false);
        await writer.ForEachAsync(linked, async (plan, token) =>
        {
            var recorded = await writer.WriteAsync(plan, async () =>
                await _linked.UpdateAsync(plan, options, token).ConfigureAwait(false)
                ?? (plan.Cancelled ? SubscriptionResults.Of(plan.Item, PushOutcome.Skipped, null, "The addition is gone from ConnectWise, so there is nothing to cancel; the link is removed.") : null),
                token).ConfigureAwait(false);
            if (!recorded)
            {
                // Deleted in ConnectWise: the subscription gets an addition again, adopted or created like a new one.
                lock (placing)
                {
                    placing.Add(plan with { Link = null, State = null });
                }
            }
        }, cancellationToken).ConfigureAwait(false);

        await PlaceAsync(placing, options, writer, cancellationToken).ConfigureAwait(false);
    }

    // A linked subscription is patched in place unless it must get a new addition: reactivated after a cancellation,
    // or moved to another customer's or type's agreement (a cancellation stays on the addition it has).
    private static bool IsLinked(SubscriptionPlan plan) =>
        plan.Link is not null && plan.State is { } state
        && int.TryParse(plan.Link.RemoteId, NumberStyles.None, CultureInfo.InvariantCulture, out _)
        && (plan.Cancelled || (!state.Cancelled && state.Key == plan.Key));

    // A linked write is dated when it changes the seats or cancels; only those agreements' invoicing state is read.
    private static bool ChangesSeatsOrCancels(SubscriptionPlan plan) =>
        (plan.Cancelled && plan.State is { Cancelled: false }) || plan.State?.Number("quantity") != plan.Payload.Addition.Quantity;

    // Reads the invoicing state of the agreements the plans write to (nothing when none needs a date); when the read
    // fails those plans fail (Transient) rather than be dated inside a period ConnectWise may have invoiced.
    private static async Task<SubscriptionPlan[]> WithInvoicingAsync(IReadOnlyList<SubscriptionPlan> plans, Func<SubscriptionPlan, object?> agreementOf, Func<object[], Task> read, PushWriter<Subscription, SubscriptionPlan> writer)
    {
        var keys = plans.Select(agreementOf).OfType<object>().Distinct().ToArray();
        try
        {
            if (keys.Length > 0)
            {
                await read(keys).ConfigureAwait(false);
            }

            return [.. plans];
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            FailAll(writer, plans.Where(p => agreementOf(p) is not null), e, "Could not read the agreements' invoicing state (finance/agreementrecap), so the change could not be dated outside an invoiced period: ");
            return [.. plans.Where(p => agreementOf(p) is null)];
        }
    }

    // A read the plans needed failed: each of them fails with the classified reason, and the rest of the batch goes on.
    private static void FailAll(PushWriter<Subscription, SubscriptionPlan> writer, IEnumerable<SubscriptionPlan> plans, Exception e, string what)
    {
        var (kind, reason) = PushFailureClassifier.Classify(e);
        foreach (var plan in plans)
        {
            writer.Record(plan, SubscriptionResults.Failed(plan.Item, kind, what + reason, plan.Link?.RemoteId));
        }
    }

    private async Task PlaceAsync(IReadOnlyList<SubscriptionPlan> placing, PushOptions options, PushWriter<Subscription, SubscriptionPlan> writer, CancellationToken cancellationToken)
    {
        IReadOnlyDictionary<AgreementKey, IReadOnlyList<Models.Agreement>> found;
        try
        {
            found = await _agreements.FindAsync(placing.Select(p => p.Key).Distinct().ToArray(), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // Without the lookup an agreement could be duplicated: fail these subscriptions, keep the rest.
            FailAll(writer, placing, e, "Could not look up the customers' agreements before creating: ");
            return;
        }

        // The invoicing state of the agreements adopted (one created by this run was never invoiced).
        var existing = found.Values.Where(a => a.Count == 1).ToDictionary(a => a[0].Id ?? 0, a => a[0]);
        var dated = await WithInvoicingAsync(placing, p => found[p.Key] is [{ Id: { } id }] ? existing[id] : null,
            agreements => _invoicing.ReadAsync(agreements.Cast<Models.Agreement>().ToArray(), cancellationToken), writer).ConfigureAwait(false);
        if (dated.Length == 0)
        {
            return;
        }

        var groups = dated.OrderBy(p => p.Index).GroupBy(p => p.Key).ToArray();
        var known = await PrefetchAsync(found, cancellationToken).ConfigureAwait(false);
        await _defaultContacts.PrefetchAsync(groups.Where(g => found[g.Key].Count == 0).Select(g => g.Key.CompanyId), cancellationToken).ConfigureAwait(false);
        var output = new PushResult[dated.Max(p => p.Index) + 1];
        await writer.ForEachAsync(groups, (group, token) =>
        {
            var plans = group.ToArray();
            return writer.WriteTogetherAsync(plans, async () =>
            {
                var agreements = found[group.Key];
                var additions = agreements.Count == 1 && known.TryGetValue(agreements[0].Id ?? 0, out var read) ? read : null;
                await _placer.PlaceAsync(group.Key, agreements, plans, additions, options, output, token).ConfigureAwait(false);
                return plans.Select(p => (PushResult?)output[p.Index]).ToArray();
            }, token);
        }, cancellationToken).ConfigureAwait(false);
    }

    // The additions of every agreement the batch adopts, read in bundles rather than one request per customer.
    private async Task<IReadOnlyDictionary<int, IReadOnlyList<Models.Addition>>> PrefetchAsync(IReadOnlyDictionary<AgreementKey, IReadOnlyList<Models.Agreement>> found, CancellationToken cancellationToken)
    {
        var ids = found.Values.Where(a => a.Count == 1 && a[0].Id is not null).Select(a => a[0].Id!.Value).ToArray();
        try
        {
            return ids.Length == 0 ? new Dictionary<int, IReadOnlyList<Models.Addition>>() : await _additions.ReadAsync(ids, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // Each group then reads its own agreement, and fails alone if that fails too.
            Logger.LogInformation("Reading the additions of {Count} agreements at once failed ({Error}); reading them one by one.", ids.Length, e.Message);
            return new Dictionary<int, IReadOnlyList<Models.Addition>>();
        }
    }

    /// <inheritdoc />
    protected override Task<PushResult> DeleteAsync(PushItem<Subscription> item, IntegrationLink? link, PushOptions options, CancellationToken cancellationToken) =>
        _linked.DeleteAsync(item, link, options, cancellationToken);
}
