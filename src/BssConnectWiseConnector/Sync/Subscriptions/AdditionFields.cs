using Newtonsoft.Json.Linq;

namespace BssConnectWiseConnector.Sync.Subscriptions;

/// <summary>The fields of an agreement addition the connector owns; others (set by hand in ConnectWise) are never touched.</summary>
internal static class AdditionFields
{
    /// <summary>Gets the fields the connector always owns.</summary>
    public static IReadOnlyList<string> Managed { get; } =
    [
        "product", "quantity", "unitPrice", "unitCost", "billCustomer", "effectiveDate", "cancelledDate", "description", "invoiceDescription",
    ];

    // Billing-rule fields owned only once the BSS sets them, so a BSS without them leaves ConnectWise's values (today's behaviour).
    private static readonly string[] OwnedWhenSet = ["lessIncluded", "taxableFlag"];

    /// <summary>Gets the fields owned for an addition as wanted: the managed ones, and the billing-rule fields it sets.</summary>
    /// <param name="desired">The addition's fields as wanted.</param>
    /// <param name="keptInConnectWise">The fields kept as set in ConnectWise on an addition that exists (<see cref="PriceOwnership.Kept(JObject)"/>), if any.</param>
    /// <returns>The fields.</returns>
    public static IReadOnlyList<string> Of(JObject desired, IReadOnlySet<string>? keptInConnectWise = null)
    {
        ArgumentNullException.ThrowIfNull(desired);
        var set = OwnedWhenSet.Where(f => desired[f] is { Type: not JTokenType.Null }).ToArray();
        var owned = set.Length == 0 ? Managed : [.. Managed, .. set];
        return keptInConnectWise is not { Count: > 0 } ? owned : owned.Where(f => !keptInConnectWise.Contains(f)).ToArray();
    }
}
