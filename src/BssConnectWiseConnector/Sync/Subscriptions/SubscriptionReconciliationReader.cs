using System.Globalization;
using Bss.IntegrationFramework;
using BssConnectWiseConnector.Http;
using BssConnectWiseConnector.Lookups;
using BssConnectWiseConnector.Mapping;
using BssConnectWiseConnector.Models;
using BssConnectWiseConnector.Settings;
using BssConnectWiseConnector.Sync.Linking;

namespace BssConnectWiseConnector.Sync.Subscriptions;

/// <summary>
/// Reads the seat lines to reconcile, starting from ConnectWise (the host's stores cannot list subscriptions): the open
/// agreements of the mapped agreement types (one request per 1000), their additions (one bundle per 25 agreements),
/// and the links of all their additions (one link-store call) to find each addition's BSS subscription. Additions no
/// subscription claims count when their catalog item is a linked BSS product, so hand-made additions of other services
/// are left out. The BSS side is what the push bills:
/// the price per seat of a customer linked by hand, the product's billing rules (<c>billCustomer</c>,
/// <c>lessIncluded</c>), and ConnectWise's own price and cost where the rule <c>priceFrom</c> keeps them there, so a
/// line differs only where a push would change what ConnectWise bills (or cannot, under ConnectWiseWins).
/// </summary>
internal sealed class SubscriptionReconciliationReader
{
    private readonly ModuleContext _services;
    private readonly Dictionary<string, Product?> _products = new(StringComparer.Ordinal);
    private readonly Dictionary<(string AccountId, int CompanyId), AgreementTerms?> _terms = [];

    /// <summary>Initializes a new instance of the <see cref="SubscriptionReconciliationReader"/> class.</summary>
    /// <param name="services">The session's services.</param>
    public SubscriptionReconciliationReader(ModuleContext services)
    {
        _services = services;
    }

    /// <summary>Reads every seat line.</summary>
    /// <param name="cancellationToken">Cancels the reads.</param>
    /// <returns>The lines.</returns>
    public async Task<IReadOnlyList<SeatLine>> ReadAsync(CancellationToken cancellationToken)
    {
        var cycles = new Dictionary<int, string>();
        foreach (var (cycle, id) in _services.Lookups.Entries(LookupNames.BillingCycle))
        {
            if (int.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var typeId))
            {
                cycles.TryAdd(typeId, cycle);
            }
        }

        if (cycles.Count == 0)
        {
            return [];
        }

        var agreements = await _services.Client.Agreements.FindInAsync(
            "type/id", cycles.Keys.Order().Cast<object>().ToArray(), Condition.Equal("cancelledFlag", false), cancellationToken).ConfigureAwait(false);
        var open = agreements.Where(a => a.Id is not null && a.Company?.Id is not null).ToArray();
        var additions = await new AdditionReader(_services.Client, _services.LoggerFactory).ReadAsync(open.Select(a => a.Id!.Value).ToArray(), cancellationToken).ConfigureAwait(false);
        var additionIds = open.SelectMany(a => additions[a.Id!.Value]).Where(a => a.Id is not null).Select(a => a.Id!.Value.ToString(CultureInfo.InvariantCulture)).ToArray();
        var links = await _services.Links.FindByRemoteIdsAsync(BssModules.Subscriptions, additionIds, cancellationToken).ConfigureAwait(false);
        var lines = new List<SeatLine>();
        foreach (var agreement in open)
        {
            var cycle = cycles.GetValueOrDefault(agreement.Type?.Id ?? 0, agreement.Type?.Name ?? "?");
            lines.AddRange(await LinesAsync(agreement, cycle, additions[agreement.Id!.Value], links, cancellationToken).ConfigureAwait(false));
        }

        return lines.ToArray();
    }

    private static Seats SeatsOf(Addition addition, DateOnly today) => new(
        addition.CancelledDate is { } cancelled && DateOnly.FromDateTime(cancelled.UtcDateTime) <= today ? 0 : addition.Quantity ?? 0,
        addition.UnitPrice ?? 0,
        addition.UnitCost ?? 0,
        addition.LessIncluded ?? 0,
        !Enum.TryParse<BillableOption>(addition.BillCustomer, ignoreCase: true, out var billed) || billed == BillableOption.Billable);

    // What the push bills for the subscription: its seats at the price it sends, under the rules it applies.
    private async Task<Seats> WantedAsync(Subscription subscription, int companyId, Seats held, DateOnly today, CancellationToken cancellationToken)
    {
        var seats = AdditionMapper.IsCancelled(subscription) && (subscription.CancelledDate is not { } on || on <= today) ? 0 : subscription.Quantity;
        var terms = await TermsAsync(subscription.AccountId, companyId, cancellationToken).ConfigureAwait(false);
        var wanted = new Seats(seats, terms?.PricePerSeat ?? subscription.UnitPrice ?? 0, subscription.UnitCost ?? 0, held.LessIncluded, held.Billed);
        if (BillingRules.Resolve(subscription, await ProductAsync(subscription.ProductId, cancellationToken).ConfigureAwait(false), _services.Settings.ProductBillableOption).Rules is not { } rules)
        {
            // Rules the push refuses (it fails the subscription with the reason) bill nothing new: compare seats and prices only.
            return wanted;
        }

        wanted = wanted with { LessIncluded = rules.LessIncluded ?? held.LessIncluded, Billed = rules.BillCustomer == BillableOption.Billable };
        return rules.PriceFrom == PriceSource.ConnectWise ? wanted with { UnitPrice = held.UnitPrice, UnitCost = held.UnitCost } : wanted;
    }

    // A customer's terms (set when linking by hand) are read once per check, not once per subscription.
    private async Task<AgreementTerms?> TermsAsync(string accountId, int companyId, CancellationToken cancellationToken)
    {
        if (!_terms.TryGetValue((accountId, companyId), out var terms))
        {
            terms = await AgreementTerms.FindAsync(_services.Links, accountId, companyId, cancellationToken).ConfigureAwait(false);
            _terms[(accountId, companyId)] = terms;
        }

        return terms;
    }

    // Each product is read from the BSS once per check.
    private async Task<Product?> ProductAsync(string? productId, CancellationToken cancellationToken)
    {
        if (productId is null)
        {
            return null;
        }

        if (!_products.TryGetValue(productId, out var product))
        {
            product = await _services.Records.FindAsync<Product>(productId, cancellationToken).ConfigureAwait(false);
            _products[productId] = product;
        }

        return product;
    }

    private async Task<IReadOnlyList<SeatLine>> LinesAsync(Agreement agreement, string cycle, IReadOnlyList<Addition> additions, IReadOnlyDictionary<string, IntegrationLink> links, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(_services.Time.GetUtcNow().UtcDateTime);
        var customer = agreement.Company!.Name ?? agreement.Name ?? "?";
        var companyId = agreement.Company.Id!.Value;
        var lines = new List<SeatLine>();
        foreach (var addition in additions)
        {
            var id = addition.Id?.ToString(CultureInfo.InvariantCulture);
            var link = id is null ? null : links.GetValueOrDefault(id);
            var subscription = link is null ? null : await _services.Records.FindAsync<Subscription>(link.BssId, cancellationToken).ConfigureAwait(false);
            var cw = SeatsOf(addition, today);
            if (subscription is not null)
            {
                var bss = await WantedAsync(subscription, companyId, cw, today, cancellationToken).ConfigureAwait(false);
                lines.Add(new SeatLine(customer, companyId, subscription.BillingCycle ?? cycle, $"{AdditionMapper.NameOf(subscription)} (subscription {subscription.Id}, addition #{id})", bss, cw));
            }
            else if (cw.Quantity != 0 && await IsBssProductAsync(addition, cancellationToken).ConfigureAwait(false))
            {
                lines.Add(new SeatLine(customer, companyId, cycle, $"{addition.Product?.Identifier ?? addition.Description ?? "addition"} (addition #{id})", null, cw));
            }
        }

        return lines;
    }

    private async Task<bool> IsBssProductAsync(Addition addition, CancellationToken cancellationToken) =>
        addition.Product?.Id is { } product
        && await _services.Links.FindByRemoteIdAsync(BssModules.Products, product.ToString(CultureInfo.InvariantCulture), cancellationToken).ConfigureAwait(false) is not null;
}
