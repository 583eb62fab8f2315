using System.Globalization;
using Bss.IntegrationFramework;
using BssConnectWiseConnector.Models;

namespace BssConnectWiseConnector.Sync.Subscriptions;

/// <summary>
/// Adds to a subscription's result what it does to the customer's bill (<see cref="BillingImpact"/>): the seats, price
/// and cost per seat ConnectWise bills before the write against after it, the change in monthly recurring revenue and
/// cost, the day it takes effect and why. The same numbers in a dry run and a real run, so a saved plan can be checked
/// against a new dry run before it is applied. Pure: no I/O.
/// </summary>
internal static class SubscriptionBilling
{
    /// <summary>Adds the impact of a write to its result, when the result is a write (created or updated).</summary>
    /// <param name="result">The result.</param>
    /// <param name="plan">The subscription's plan.</param>
    /// <param name="before">What ConnectWise bills now for it, or <see langword="null"/> when nothing.</param>
    /// <param name="after">What it bills after the write.</param>
    /// <param name="agreementId">The agreement, or <see langword="null"/> when the run creates it.</param>
    /// <param name="basis">What the numbers before were read from.</param>
    /// <returns>The result with its impact.</returns>
    public static PushResult With(PushResult result, SubscriptionPlan plan, Seats? before, Seats after, int? agreementId, string basis)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var addition = plan.Payload.Addition;
        DateOnly? effective = plan.Cancelled && addition.CancelledDate is { } cancelled
            ? DateOnly.FromDateTime(cancelled.UtcDateTime)
            : before is null && addition.EffectiveDate is { } start ? DateOnly.FromDateTime(start.UtcDateTime) : plan.ChangedOn;
        return With(result, plan.Item.Record, plan.Payload.SubscriptionName, plan.Cancelled, new Change(before, after, agreementId, effective, basis));
    }

    /// <summary>Adds the impact of cancelling a subscription's addition (a subscription deleted in the BSS) to its result.</summary>
    /// <param name="result">The result.</param>
    /// <param name="subscription">The subscription.</param>
    /// <param name="state">What its link remembers.</param>
    /// <param name="on">The cancelled date.</param>
    /// <returns>The result with its impact.</returns>
    public static PushResult Cancelled(PushResult result, Subscription subscription, SubscriptionLinkState state, DateOnly on)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        ArgumentNullException.ThrowIfNull(state);
        var before = LastPushed(state);
        var after = new Seats(0m, before?.UnitPrice ?? 0m, before?.UnitCost ?? 0m);
        var name = state.Payload.Value<string>("subscriptionName") ?? Mapping.AdditionMapper.NameOf(subscription);
        return With(result, subscription, name, true, new Change(before, after, state.AgreementId, on, Basis("as last pushed", before)));
    }

    /// <summary>Adds the impact of a subscription whose account or product a real run pushes first (a dry run cannot read its agreement yet).</summary>
    /// <param name="result">The result.</param>
    /// <param name="subscription">The subscription.</param>
    /// <param name="today">The day of the change.</param>
    /// <returns>The result with its impact, counted as new seats.</returns>
    public static PushResult Pending(PushResult result, Subscription subscription, DateOnly today)
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
        var months = CycleMonths(subscription.BillingCycle);
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

    /// <summary>Gets what an addition bills as ConnectWise holds it: nothing when cancelled.</summary>
    /// <param name="addition">The addition.</param>
    /// <returns>The seats, or <see langword="null"/> when it bills nothing.</returns>
    public static Seats? Of(Addition? addition) =>
        addition is null || addition.CancelledDate is not null
            ? null
            : new Seats(addition.Quantity ?? 0m, addition.UnitPrice ?? 0m, addition.UnitCost ?? 0m, addition.LessIncluded ?? 0m, IsBilled(addition.BillCustomer));

    /// <summary>Gets what a plan wants billed: zero seats when cancelled.</summary>
    /// <param name="plan">The plan.</param>
    /// <returns>The seats.</returns>
    public static Seats Wanted(SubscriptionPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var addition = plan.Payload.Addition;
        return new Seats(plan.Cancelled ? 0m : addition.Quantity ?? 0m, addition.UnitPrice ?? 0m, addition.UnitCost ?? 0m, addition.LessIncluded ?? 0m, IsBilled(addition.BillCustomer));
    }

    /// <summary>Gets what the link says was last pushed: nothing when it was pushed cancelled.</summary>
    /// <param name="state">The link state.</param>
    /// <returns>The seats, or <see langword="null"/>.</returns>
    public static Seats? LastPushed(SubscriptionLinkState? state) =>
        state is null || state.Cancelled
            ? null
            : new Seats(state.Number("quantity") ?? 0m, state.Number("unitPrice") ?? 0m, state.Number("unitCost") ?? 0m, state.Number("lessIncluded") ?? 0m, IsBilled(state.Addition.Value<string>("billCustomer")));

    /// <summary>Describes what ConnectWise held, for the plan's basis.</summary>
    /// <param name="what">The addition or agreement, as "addition #12".</param>
    /// <param name="seats">What it billed.</param>
    /// <returns>The text.</returns>
    public static string Basis(string what, Seats? seats) =>
        seats is null
            ? $"{what}: nothing billed"
            : string.Create(CultureInfo.InvariantCulture, $"{what}: {DriftCheck.Text(seats.Quantity)} seats at {seats.UnitPrice} (cost {seats.UnitCost})");

    /// <summary>Gets how many months a billing cycle of the BSS spans, when its name says so.</summary>
    /// <param name="cycle">The BSS billing cycle.</param>
    /// <returns>The months, or <see langword="null"/> when the name is not a known cycle.</returns>
    public static int? CycleMonths(string? cycle) => cycle?.Trim().ToUpperInvariant() switch
    {
        "MONTHLY" or "MONTH" => 1,
        "QUARTERLY" or "QUARTER" => 3,
        "SEMIANNUAL" or "SEMI-ANNUAL" or "SEMIANNUALLY" or "HALF-YEARLY" => 6,
        "YEARLY" or "ANNUAL" or "ANNUALLY" or "YEAR" => 12,
        _ => null,
    };

    // DoNotBill and NoCharge seats cost but bill nothing; an addition that does not say is billed, as ConnectWise requires the field.
    private static bool IsBilled(string? billCustomer) =>
        billCustomer is null || string.Equals(billCustomer, nameof(Settings.BillableOption.Billable), StringComparison.OrdinalIgnoreCase);

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
