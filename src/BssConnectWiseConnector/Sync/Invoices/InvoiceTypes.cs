using Bss.IntegrationFramework;
using BssConnectWiseConnector.Lookups;

namespace BssConnectWiseConnector.Sync.Invoices;

/// <summary>
/// The invoice types ConnectWise accepts on a new invoice. They are a fixed enum rather than a table, so the Invoice
/// type lookup maps BSS values to these names instead of to ids. Agreement invoices are made only by ConnectWise's
/// agreement invoicing (the API has its own <c>POST finance/agreements/{id}/invoice</c>), Progress invoices only for
/// fixed-fee projects, and Consolidated ones by ConnectWise's invoicing: none can be made from a BSS invoice
/// (docs/connectwise-api.md, Invoices).
/// </summary>
internal static class InvoiceTypes
{
    /// <summary>The type of an invoice without lines whose BSS type is empty.</summary>
    public const string Standard = "Standard";

    /// <summary>
    /// The type of an invoice with lines whose BSS type is empty: the special invoice ConnectWise makes for products not
    /// tied to a ticket, project or sales order.
    /// </summary>
    public const string Miscellaneous = "Miscellaneous";

    /// <summary>Gets every type the connector may send.</summary>
    public static IReadOnlyList<string> All { get; } = [Miscellaneous, Standard, "CreditMemo", "DownPayment"];

    /// <summary>Gets the types of ConnectWise's enum that only ConnectWise itself makes, with the reason.</summary>
    public static IReadOnlyDictionary<string, string> MadeByConnectWiseOnly { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["Agreement"] = "Agreement invoices are made only by ConnectWise's agreement invoicing",
        ["Progress"] = "Progress invoices are made only by ConnectWise's invoicing of fixed-fee projects",
        ["Consolidated"] = "Consolidated invoices are made only by ConnectWise's invoicing",
    };

    /// <summary>Gets the types as discovered values, the name being its own id.</summary>
    public static IReadOnlyList<DiscoveredValue> Values { get; } = All.Select(t => new DiscoveredValue(t, t, true)).ToArray();

    /// <summary>
    /// Resolves a BSS invoice type: through the lookup, else the BSS value itself when it is a ConnectWise type, else a
    /// problem; an empty BSS type is a default (Miscellaneous with lines, Standard without).
    /// </summary>
    /// <param name="lookups">The lookup tables.</param>
    /// <param name="bssType">The BSS type.</param>
    /// <param name="hasLines">Whether the invoice has product lines.</param>
    /// <returns>The ConnectWise type and whether it is the default, or the problem with its fix.</returns>
    public static InvoiceTypeResolution Resolve(ILookupTables lookups, string? bssType, bool hasLines)
    {
        ArgumentNullException.ThrowIfNull(lookups);
        var value = bssType?.Trim();
        if (string.IsNullOrEmpty(value))
        {
            return new(hasLines ? Miscellaneous : Standard, IsDefault: true, null);
        }

        var choices = string.Join(", ", All);
        if (lookups.Entries(LookupNames.InvoiceType).TryGetValue(value, out var mapped))
        {
            return Known(mapped) is { } type
                ? new(type, IsDefault: false, null)
                : new(null, false, Refusal(mapped, $"The {LookupNames.InvoiceType} lookup maps the BSS value '{value}' to '{mapped}'", choices)
                    ?? $"The {LookupNames.InvoiceType} lookup maps '{value}' to '{mapped}', which is not a ConnectWise invoice type; map it to one of {choices}.");
        }

        return Known(value) is { } same
            ? new(same, IsDefault: false, null)
            : new(null, false, Refusal(value, $"The BSS invoice type is '{value}'", choices)
                ?? $"The {LookupNames.InvoiceType} lookup does not map the BSS value '{value}'; map it to one of {choices} (lookups set <instance> {LookupNames.InvoiceType} \"{value}\" {Miscellaneous}).");
    }

    /// <summary>Tells why a lookup target cannot be sent, when it is one of the types only ConnectWise makes.</summary>
    /// <param name="target">The ConnectWise type named.</param>
    /// <param name="what">What names it, such as "The Invoice type lookup maps the BSS value 'X' to 'Agreement'".</param>
    /// <param name="choices">The types that can be used instead.</param>
    /// <returns>The reason with its fix, or <see langword="null"/>.</returns>
    public static string? Refusal(string target, string what, string choices) =>
        MadeByConnectWiseOnly.TryGetValue(target.Trim(), out var why)
            ? $"{what}, but {why}, never by an API create from BSS data; map it in the {LookupNames.InvoiceType} lookup to one of {choices} (Miscellaneous for products not tied to a ticket, project or sales order)."
            : null;

    private static string? Known(string value) => All.FirstOrDefault(t => string.Equals(t, value.Trim(), StringComparison.OrdinalIgnoreCase));
}
