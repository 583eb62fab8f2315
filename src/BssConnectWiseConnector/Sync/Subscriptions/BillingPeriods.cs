namespace BssConnectWiseConnector.Sync.Subscriptions;

/// <summary>How many months a billing cycle spans, when its name says so (a BSS subscription's, a ConnectWise agreement's).</summary>
internal static class BillingPeriods
{
    /// <summary>Gets the months of a billing cycle.</summary>
    /// <param name="cycle">The cycle's name, such as "Monthly" or "Annual".</param>
    /// <returns>The months, or <see langword="null"/> when the name does not say.</returns>
    public static int? Months(string? cycle) => cycle?.Trim().ToUpperInvariant() switch
    {
        "MONTHLY" or "MONTH" => 1,
        "QUARTERLY" or "QUARTER" => 3,
        "SEMIANNUAL" or "SEMI-ANNUAL" or "SEMIANNUALLY" or "HALF-YEARLY" => 6,
        "YEARLY" or "ANNUAL" or "ANNUALLY" or "YEAR" => 12,
        _ => null,
    };
}
