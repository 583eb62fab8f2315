using System.Globalization;
using Bss.IntegrationFramework;
using BssConnectWiseConnector.Mapping;
using BssConnectWiseConnector.Models;
using BssConnectWiseConnector.Settings;

namespace BssConnectWiseConnector.Sync.Subscriptions;

/// <summary>
/// Adds to a subscription's result what it does to the customer's bill (<see cref="BillingImpact"/>): the seats, price
/// and cost per seat ConnectWise bills before the write against after it, the change in monthly recurring revenue and
/// cost, the day it takes effect and why. The same numbers in a dry run and a real run, so a saved plan can be checked
/// against a new dry run before it is applied. Pure: no I/O.
/// </summary>
internal sealed class SubscriptionBilling : ISubscriptionBilling
{
    private readonly IBssRecordSource _records;
    private readonly BillableOption _defaultBillCustomer;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Product?> _products = new(StringComparer.Ordinal);

    /// <summary>Initializes a new instance of the <see cref="SubscriptionBilling"/> class.</summary>
    /// <param name="records">The BSS records, where a product's billing rules are read.</param>
    /// <param name="defaultBillCustomer">The Product Billable Option.</param>
    public SubscriptionBilling(IBssRecordSource records, BillableOption defaultBillCustomer)
    {
        _records = records;
        _defaultBillCustomer = defaultBillCustomer;
    }

    /// <inheritdoc />
    public async Task<(SubscriptionMappingContext? Context, IReadOnlyList<string> Problems)> WithRulesAsync(Subscription subscription, SubscriptionMappingContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        ArgumentNullException.ThrowIfNull(context);
        var (rules, problems) = BillingRules.Resolve(subscription, await ProductAsync(subscription.ProductId, cancellationToken).ConfigureAwait(false), _defaultBillCustomer);
        return (rules is null ? null : context with { BillCustomer = rules.BillCustomer, LessIncluded = rules.LessIncluded, Taxable = rules.Taxable, InvoiceDescription = rules.InvoiceDescription, PriceFrom = rules.PriceFrom }, problems);
    }

    /// <inheritdoc />
    public PushResult With(PushResult result, SubscriptionPlan plan, Seats? before, Seats after, int? agreementId, (string What, Seats? Seats) readFrom)
    {
        var basis = Basis(readFrom.What, readFrom.Seats);
        ArgumentNullException.ThrowIfNull(plan);
        var addition = plan.Payload.Addition;
        DateOnly? effective = plan.Cancelled && addition.CancelledDate is { } cancelled
            ? DateOnly.FromDateTime(cancelled.UtcDateTime)
            : before is null && addition.EffectiveDate is { } start ? DateOnly.FromDateTime(start.UtcDateTime) : plan.ChangedOn;
        return With(result, plan.Item.Record, plan.Payload.SubscriptionName, plan.Cancelled, new Change(before, after, agreementId, effective, basis));
    }

    /// <inheritdoc />
    public PushResult Cancelled(PushResult result, Subscription subscription, SubscriptionLinkState state, DateOnly on)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        ArgumentNullException.ThrowIfNull(state);
        var before = LastPushed(state);
        var after = new Seats(0m, before?.UnitPrice ?? 0m, before?.UnitCost ?? 0m);
        var name = state.Payload.Value<string>("subscriptionName") ?? Mapping.AdditionMapper.NameOf(subscription);
        return With(result, subscription, name, true, new Change(before, after, state.AgreementId, on, Basis("as last pushed", before)));
    }

    /// <inheritdoc />
    public PushResult Pending(PushResult result, Subscription subscription, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        var cancelled = Mapping.AdditionMapper.IsCancelled(subscription);
        var after = new Seats(cancelled ? 0m : subscription.Quantity, subscription.UnitPrice ?? 0m, subscription.UnitCost ?? 0m);
        return With(result, subscription, Mapping.AdditionMapper.NameOf(subscription), cancelled, new Change(null, after, null, subscription.StartDate ?? today, "the account or product is not in ConnectWise yet"));
    }

    private static PushResult With(PushResult result, Subscription subscription, string product, bool cancelled, Change change)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.Outcome is not (PushOutcome.Created or PushOutcome.Updated))
        {
            return result;
        }

        var (before, after) = (change.Before, change.After);
        var months = BillingPeriods.Months(subscription.BillingCycle);
        return result with
        {
            Billing = new BillingImpact
            {
                CustomerId = subscription.AccountId,
                AgreementId = change.AgreementId?.ToString(CultureInfo.InvariantCulture),
                AgreementName = change.AgreementId is null ? "a new agreement" : string.Create(CultureInfo.InvariantCulture, $"agreement #{change.AgreementId}"),
                Product = product,
                SeatsBefore = before?.Quantity ?? 0m,
                SeatsAfter = after.Quantity,
                UnitPriceBefore = before?.UnitPrice,
                UnitPriceAfter = after.UnitPrice,
                UnitCostBefore = before?.UnitCost,
                UnitCostAfter = after.UnitCost,
                MonthlyRevenueChange = PerMonth(after.Revenue - (before?.Revenue ?? 0m), months),
                MonthlyCostChange = PerMonth(after.Cost - (before?.Cost ?? 0m), months),
                EffectiveDate = change.EffectiveDate,
                Reason = Reason(subscription.BillingCycle, cancelled, before, after, months),
                Basis = change.Basis,
            },
        };
    }

    /// <inheritdoc />
    public Seats? Billed(Addition? addition) =>
        addition is null || addition.CancelledDate is not null
            ? null
            : new Seats(addition.Quantity ?? 0m, addition.UnitPrice ?? 0m, addition.UnitCost ?? 0m, addition.LessIncluded ?? 0m, IsBilled(addition.BillCustomer));

    /// <inheritdoc />
    public Seats Wanted(SubscriptionPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var addition = plan.Payload.Addition;
        return new Seats(plan.Cancelled ? 0m : addition.Quantity ?? 0m, addition.UnitPrice ?? 0m, addition.UnitCost ?? 0m, addition.LessIncluded ?? 0m, IsBilled(addition.BillCustomer));
    }

    /// <inheritdoc />
    public Seats? LastPushed(SubscriptionLinkState? state) =>
        state is null || state.Cancelled
            ? null
            : new Seats(state.Number("quantity") ?? 0m, state.Number("unitPrice") ?? 0m, state.Number("unitCost") ?? 0m, state.Number("lessIncluded") ?? 0m, IsBilled(state.Addition.Value<string>("billCustomer")));

    // What ConnectWise held, for the plan's basis.
    private static string Basis(string what, Seats? seats) =>
        seats is null
            ? $"{what}: nothing billed"
            : string.Create(CultureInfo.InvariantCulture, $"{what}: {DriftCheck.Text(seats.Quantity)} seats at {seats.UnitPrice} (cost {seats.UnitCost})");

    // The product's billing rules, read once per product and session from the BSS's records.
    private async Task<Product?> ProductAsync(string id, CancellationToken cancellationToken)
    {
        if (_products.TryGetValue(id, out var known))
        {
            return known;
        }

        var found = await _records.FindAsync<Product>(id, cancellationToken).ConfigureAwait(false);
        _products[id] = found;
        return found;
    }

    // DoNotBill and NoCharge seats cost but bill nothing; an addition that does not say is billed, as ConnectWise requires the field.
    private static bool IsBilled(string? billCustomer) =>
        billCustomer is null || string.Equals(billCustomer, nameof(BillableOption.Billable), StringComparison.OrdinalIgnoreCase);

    // A yearly amount spread over months is rounded to the cent, half away from zero, as an invoice would show it.
    private static decimal PerMonth(decimal perCycle, int? months) =>
        months is > 1 ? Math.Round(perCycle / months.Value, 2, MidpointRounding.AwayFromZero) : perCycle;

    private static string Reason(string? cycle, bool cancelled, Seats? before, Seats after, int? months)
    {
        var parts = new List<string>();
        if (cancelled)
        {
            parts.Add(before is null ? "Cancelled; nothing was billed." : string.Create(CultureInfo.InvariantCulture, $"Cancelled: {DriftCheck.Text(before.Quantity)} seats stop billing."));
        }
        else if (before is null)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"New seats: {DriftCheck.Text(after.Quantity)} at {after.UnitPrice}."));
        }
        else
        {
            if (before.Quantity != after.Quantity)
            {
                parts.Add(string.Create(CultureInfo.InvariantCulture, $"Seats {DriftCheck.Text(before.Quantity)} → {DriftCheck.Text(after.Quantity)}."));
            }

            if (before.UnitPrice != after.UnitPrice)
            {
                parts.Add(string.Create(CultureInfo.InvariantCulture, $"Price per seat {before.UnitPrice} → {after.UnitPrice}."));
            }

            if (before.UnitCost != after.UnitCost)
            {
                parts.Add(string.Create(CultureInfo.InvariantCulture, $"Cost per seat {before.UnitCost} → {after.UnitCost}."));
            }

            if (before.LessIncluded != after.LessIncluded)
            {
                parts.Add(string.Create(CultureInfo.InvariantCulture, $"Seats included in the base price {DriftCheck.Text(before.LessIncluded)} → {DriftCheck.Text(after.LessIncluded)}."));
            }

            if (before.Billed != after.Billed)
            {
                parts.Add(after.Billed ? "Now billed." : "No longer billed (DoNotBill or NoCharge).");
            }

            if (parts.Count == 0)
            {
                parts.Add("No change in seats, price or cost (other fields of the addition change).");
            }
        }

        if (!cancelled && (before is null || before.Billed == after.Billed) && !after.Billed)
        {
            parts.Add("The seats are not billed (DoNotBill or NoCharge): they cost, and bill nothing.");
        }
        else if (!cancelled && before is null && after.LessIncluded > 0)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"{DriftCheck.Text(Math.Min(after.LessIncluded, after.Quantity))} of them are included in the base price and not billed per seat."));
        }

        if (months is null)
        {
            parts.Add($"The billing cycle '{cycle}' is not a known number of months, so the monthly figures are per billing period.");
        }

        return string.Join(" ", parts);
    }

    private sealed record Change(Seats? Before, Seats After, int? AgreementId, DateOnly? EffectiveDate, string Basis);
}
