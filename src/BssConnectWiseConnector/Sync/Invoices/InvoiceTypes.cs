using Bss.IntegrationFramework;
using BssConnectWiseConnector.Lookups;

namespace BssConnectWiseConnector.Sync.Invoices;

/// <summary>
/// The invoice types ConnectWise accepts on a new invoice. They are a fixed enum rather than a table, so the
/// Invoice type lookup maps BSS values to these names instead of to ids (Consolidated is made by ConnectWise only).
/// </summary>
internal static class InvoiceTypes
{
    /// <summary>The type of an invoice whose BSS type is empty.</summary>
    public const string Standard = "Standard";

    /// <summary>Gets every type the connector may send.</summary>
    public static IReadOnlyList<string> All { get; } = [Standard, "Agreement", "CreditMemo", "DownPayment", "Miscellaneous", "Progress"];

    /// <summary>Gets the types as discovered values, the name being its own id.</summary>
    public static IReadOnlyList<DiscoveredValue> Values { get; } = All.Select(t => new DiscoveredValue(t, t, true)).ToArray();

    /// <summary>Resolves a BSS invoice type: through the lookup, else the BSS value itself when it is a ConnectWise type, else a problem.</summary>
    /// <param name="lookups">The lookup tables.</param>
    /// <param name="bssType">The BSS type.</param>
    /// <returns>The ConnectWise type, or the problem with its fix.</returns>
    public static (string? Type, string? Problem) Resolve(LookupTables lookups, string? bssType)
    {
        ArgumentNullException.ThrowIfNull(lookups);
        var value = bssType?.Trim();
        if (string.IsNullOrEmpty(value))
        {
            return (Standard, null);
        }

        var choices = string.Join(", ", All);
        if (lookups.Entries(LookupNames.InvoiceType).TryGetValue(value, out var mapped))
        {
            return Known(mapped) is { } type
                ? (type, null)
                : (null, $"The {LookupNames.InvoiceType} lookup maps '{value}' to '{mapped}', which is not a ConnectWise invoice type; map it to one of {choices}.");
        }

        return Known(value) is { } same
            ? (same, null)
            : (null, $"The {LookupNames.InvoiceType} lookup does not map the BSS value '{value}'; map it to one of {choices} (lookups set <instance> {LookupNames.InvoiceType} \"{value}\" {Standard}).");
    }

    private static string? Known(string value) => All.FirstOrDefault(t => string.Equals(t, value.Trim(), StringComparison.OrdinalIgnoreCase));
}
