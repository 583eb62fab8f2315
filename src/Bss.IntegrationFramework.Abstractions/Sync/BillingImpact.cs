namespace Bss.IntegrationFramework;

/// <summary>
/// What a pushed record does to what a customer is billed: seats before and after, price and cost per seat, the change
/// in monthly recurring revenue and cost, and from when. A push fills it in (in a dry run too) for records that bill,
/// so a host can show a money plan and hold changes for approval. Amounts are as the BSS gives them, in its currency.
/// </summary>
public sealed record BillingImpact
{
    /// <summary>Gets the BSS id of the customer (account) billed.</summary>
    public required string CustomerId { get; init; }

    /// <summary>Gets the remote agreement the seats are billed on, or <see langword="null"/> when the push creates it.</summary>
    public string? AgreementId { get; init; }

    /// <summary>Gets the agreement's name as the remote system shows it, or a description of the one the push creates.</summary>
    public string? AgreementName { get; init; }

    /// <summary>Gets the product billed, as the invoice names it.</summary>
    public string? Product { get; init; }

    /// <summary>Gets the seats billed before the push (zero when none are).</summary>
    public decimal SeatsBefore { get; init; }

    /// <summary>Gets the seats billed after the push (zero when cancelled).</summary>
    public decimal SeatsAfter { get; init; }

    /// <summary>Gets the price per seat before the push, if anything was billed.</summary>
    public decimal? UnitPriceBefore { get; init; }

    /// <summary>Gets the price per seat after the push.</summary>
    public decimal? UnitPriceAfter { get; init; }

    /// <summary>Gets the cost per seat before the push, if anything was billed.</summary>
    public decimal? UnitCostBefore { get; init; }

    /// <summary>Gets the cost per seat after the push.</summary>
    public decimal? UnitCostAfter { get; init; }

    /// <summary>Gets the change in monthly recurring revenue (negative when the customer is billed less).</summary>
    public decimal MonthlyRevenueChange { get; init; }

    /// <summary>Gets the change in monthly recurring cost.</summary>
    public decimal MonthlyCostChange { get; init; }

    /// <summary>Gets the day the change takes effect on the invoice.</summary>
    public DateOnly? EffectiveDate { get; init; }

    /// <summary>Gets why the seats change, in the administrator's words.</summary>
    public string Reason { get; init; } = string.Empty;

    /// <summary>
    /// Gets the remote state the impact was computed from (such as the addition's seats, price and cost as read), so a
    /// host can tell, before it applies a saved plan, whether the remote side changed since.
    /// </summary>
    public string Basis { get; init; } = string.Empty;
}
