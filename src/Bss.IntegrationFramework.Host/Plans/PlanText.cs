using System.Globalization;

namespace Bss.IntegrationFramework.Host.Plans;

/// <summary>Writes a plan's amounts and rows the same way on the command line and the Plan page.</summary>
public static class PlanText
{
    /// <summary>The CSV and table columns of a plan's rows.</summary>
    public static readonly IReadOnlyList<string> Headers =
        ["customer", "customerId", "agreement", "module", "bssId", "product", "seatsBefore", "seatsAfter", "unitPriceBefore", "unitPriceAfter", "unitCostBefore", "unitCostAfter", "mrrChange", "mrcChange", "effectiveDate", "status", "reason"];

    /// <summary>Writes a money amount as the BSS gives it (no currency symbol, no rounding), with its sign.</summary>
    /// <param name="value">The amount.</param>
    /// <returns>The text, such as "+10.00" or "-5.125".</returns>
    public static string Money(decimal value) => (value > 0 ? "+" : string.Empty) + Plain(value);

    /// <summary>Writes a money amount without sign for tables and CSV: at least two decimals, trailing zeros beyond them dropped.</summary>
    /// <param name="value">The amount.</param>
    /// <returns>The text, such as "10.00" or "5.125".</returns>
    public static string Plain(decimal value)
    {
        // 12 × 5.00 − 10.0 × 5.00 is 10.000 in decimal arithmetic; the invoice shows 10.00, and no digit is lost.
        var normal = value / 1.000000000000000000000000000000000m;
        return normal.ToString(normal.Scale <= 2 ? "0.00" : "0.############################", CultureInfo.InvariantCulture);
    }

    /// <summary>Writes a price or cost, or nothing.</summary>
    /// <param name="value">The amount.</param>
    /// <returns>The text, or empty.</returns>
    public static string Amount(decimal? value) => value is { } amount ? Plain(amount) : string.Empty;

    /// <summary>Writes a number of seats without trailing zeros.</summary>
    /// <param name="value">The seats.</param>
    /// <returns>The text, such as "10" or "2.5".</returns>
    public static string Seats(decimal value) => (value / 1.000000000000000000000000000000000m).ToString(CultureInfo.InvariantCulture);

    /// <summary>Gets the cells of each item, customer by customer.</summary>
    /// <param name="customers">The plan's customers.</param>
    /// <returns>The rows, one per item, in <see cref="Headers"/>' order.</returns>
    public static IEnumerable<IReadOnlyList<string?>> Rows(IEnumerable<PlanCustomer> customers) =>
        from customer in customers
        from agreement in customer.Agreements
        from item in agreement.Value
        select (IReadOnlyList<string?>)
        [
            customer.Name,
            customer.CustomerId,
            agreement.Key,
            item.Module,
            item.BssId,
            item.Billing.Product,
            Seats(item.Billing.SeatsBefore),
            Seats(item.Billing.SeatsAfter),
            Amount(item.Billing.UnitPriceBefore),
            Amount(item.Billing.UnitPriceAfter),
            Amount(item.Billing.UnitCostBefore),
            Amount(item.Billing.UnitCostAfter),
            Plain(item.Billing.MonthlyRevenueChange),
            Plain(item.Billing.MonthlyCostChange),
            item.Billing.EffectiveDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            item.Status,
            item.Billing.Reason,
        ];
}
