using System.Globalization;
using AutoMapper;
using Bss.IntegrationFramework;
using BssConnectWiseConnector.Lookups;
using BssConnectWiseConnector.Mapping;
using BssConnectWiseConnector.Settings;
using BssConnectWiseConnector.Sync.Dependencies;

namespace BssConnectWiseConnector.Sync.Subscriptions;

/// <summary>
/// How a BSS subscription is pushed: as the seats of one addition on its customer's agreement of the billing cycle's
/// type. Everything is worked out before any request: the account's company and the product's catalog item from their
/// links (pushed first when not linked), the agreement type from the billing cycle lookup, the billing rules and the
/// price per seat, the fields ConnectWise owns, and the fingerprint; an unchanged subscription stops here, having cost
/// no request. The write is the agreement-addition engine's, which the registration composes with this definition.
/// </summary>
/// <param name="lookups">The lookup tables (the billing cycle's agreement type).</param>
/// <param name="accounts">Resolves a subscription's account, pushing it first when not linked.</param>
/// <param name="products">Resolves a subscription's product, pushing it first when not linked.</param>
/// <param name="mapper">The instance's mapper.</param>
/// <param name="links">The link store (the terms of a customer linked by hand).</param>
/// <param name="time">The clock.</param>
/// <param name="billing">What the additions bill.</param>
/// <param name="billCustomer">The Product Billable Option.</param>
/// <param name="driftPolicy">The Subscription Drift Policy.</param>
/// <param name="fromConnectWise">The fields ConnectWise owns under ConnectWiseWins.</param>
internal sealed class SubscriptionsPushDefinition(
    ILookupTables lookups, IDependencyResolver<Account> accounts, IDependencyResolver<Product> products, IMapper mapper, IIntegrationLinkStore links, TimeProvider time,
    ISubscriptionBilling billing, BillableOption billCustomer, SubscriptionDriftPolicy driftPolicy, ConnectWiseSubscriptionFields fromConnectWise) : IAgreementAdditionDefinition
{
    private readonly IReadOnlySet<string> _connectWiseOwned = SeatOwnership.ConnectWiseOwned(driftPolicy, fromConnectWise);
    private readonly AdditionMapper _mapper = new(mapper);

    /// <inheritdoc />
    public string Module => BssModules.Subscriptions;

    /// <inheritdoc />
    public ISubscriptionBilling Billing { get; } = billing;

    /// <inheritdoc />
    public SubscriptionDriftPolicy DriftPolicy { get; } = driftPolicy;

    /// <inheritdoc />
    public IReadOnlySet<string> LeftInConnectWise { get; } = SeatOwnership.LeftInConnectWise(driftPolicy, fromConnectWise);

    /// <inheritdoc />
    public async Task<(SubscriptionPlan? Plan, PushResult? Result)> PlanAsync(int index, PushItem<Subscription> item, IntegrationLink? link, PushOptions options, CancellationToken cancellationToken)
    {
        var subscription = item.Record;
        var state = SubscriptionLinkState.Parse(link?.Snapshot);
        var problems = new List<string>();
        if (subscription.Quantity < 0)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"The quantity (seats) is {subscription.Quantity}; it cannot be negative."));
        }

        if (string.IsNullOrWhiteSpace(subscription.BillingCycle))
        {
            problems.Add("The subscription has no billing cycle, which chooses its agreement type; fill it in the BSS.");
        }

        if (problems.Count > 0)
        {
            return (null, SubscriptionResults.Failed(item, FailureKind.Data, string.Join(" ", problems), link?.RemoteId));
        }

        var type = lookups.Resolve(LookupNames.BillingCycle, subscription.BillingCycle);
        if (type.Id is null)
        {
            return (null, SubscriptionResults.Failed(item, FailureKind.Configuration, type.Problem!, link?.RemoteId));
        }

        var company = await accounts.ResolveAsync(subscription.AccountId, options, cancellationToken).ConfigureAwait(false);
        if (company.FailureKind is { } accountKind)
        {
            return (null, SubscriptionResults.Failed(item, accountKind, company.Reason!, link?.RemoteId));
        }

        var product = await products.ResolveAsync(subscription.ProductId, options, cancellationToken).ConfigureAwait(false);
        if (product.FailureKind is { } productKind)
        {
            return (null, SubscriptionResults.Failed(item, productKind, product.Reason!, link?.RemoteId));
        }

        if (company.RemoteId is null || product.RemoteId is null)
        {
            // Only a dry run gets here: the account or product would be pushed first, so the addition has no ids yet.
            var pending = SubscriptionResults.Of(item, PushOutcome.Created, null, "A real run pushes the account or product first, then creates the addition.");
            return (null, Billing.Pending(pending, subscription, Today));
        }

        var (mapping, ruleProblems) = await Billing.WithRulesAsync(
            subscription, new SubscriptionMappingContext(product.RemoteId.Value, billCustomer, CancelledOn(subscription, state)), cancellationToken).ConfigureAwait(false);
        if (mapping is null)
        {
            return (null, SubscriptionResults.Failed(item, FailureKind.Data, string.Join(" ", ruleProblems) + " Fix it in the BSS.", link?.RemoteId));
        }

        // The price per seat the administrator set when linking the customer by hand replaces the subscription's.
        var terms = await Linking.AgreementTerms.FindAsync(links, subscription.AccountId, company.RemoteId.Value, cancellationToken).ConfigureAwait(false);
        var priced = terms?.PricePerSeat is { } pricePerSeat ? subscription with { UnitPrice = pricePerSeat } : subscription;
        var addition = _mapper.Map(priced, mapping);
        addition = SeatOwnership.KeepAgreed(addition, state, new AgreementKey(company.RemoteId.Value, type.Id.Value), _connectWiseOwned.Union(PriceOwnership.Kept(mapping.PriceFrom)).ToHashSet(StringComparer.Ordinal));
        var payload = new SubscriptionPayload(company.RemoteId.Value, type.Id.Value, addition, subscription.Id, AdditionMapper.NameOf(subscription), PriceOwnership.Mark(mapping.PriceFrom));
        var json = SubscriptionLinkState.Canonical(payload);
        var hash = SubscriptionLinkState.Hash(json);
        var note = subscription.Status == SubscriptionStatus.Suspended && !AdditionMapper.IsCancelled(subscription)
            ? string.Create(CultureInfo.InvariantCulture, $"Suspended in the BSS: the addition keeps its {subscription.Quantity} {(subscription.Quantity == 1 ? "seat" : "seats")} billed (a suspension is temporary); cancel the subscription to stop billing.")
            : null;
        if (link is not null && link.PayloadHash == hash)
        {
            return (null, SubscriptionResults.Of(item, PushOutcome.Unchanged, link.RemoteId, note));
        }

        if (AdditionMapper.IsCancelled(subscription) && link is null)
        {
            return (null, SubscriptionResults.Of(item, PushOutcome.Skipped, link?.RemoteId, "The subscription is cancelled and has no active addition in ConnectWise, so there is nothing to cancel."));
        }

        return (new SubscriptionPlan(index, item, link, state, new AgreementKey(company.RemoteId.Value, type.Id.Value), payload, json, hash, note) { ChangedOn = Today }, null);
    }

    private DateOnly? CancelledOn(Subscription subscription, SubscriptionLinkState? state)
    {
        if (subscription.CancelledDate is { } date)
        {
            return date;
        }

        if (subscription.Status != SubscriptionStatus.Cancelled)
        {
            return null;
        }

        // Without a date, the day it was first pushed cancelled stays the date, so the payload does not change every day.
        var pushed = state?.Addition.Value<string>("cancelledDate");
        if (pushed is not null && DateTimeOffset.TryParse(pushed, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var day))
        {
            return DateOnly.FromDateTime(day.UtcDateTime);
        }

        return Today;
    }

    private DateOnly Today => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
}
