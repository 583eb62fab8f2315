using System.Text.Json.Nodes;
using ConnectWise.Simulator.Api;

namespace ConnectWise.Simulator.Schemas.Rules;

/// <summary>
/// Invoice types the API cannot create, and the fields an invoice keeps once saved. Sources: betterinvoice.io's
/// ConnectWise manual (invoice-search/invoice-tab: Agreement invoices are "generated only from the Agreement Invoicing
/// tab", Progress invoices are "only available for fixed-fee projects"; invoicing/special-invoices: "The invoice type
/// must be set before saving. Once saved, it cannot be changed"), and the 2026.4 route list with its own
/// <c>POST finance/agreements/{id}/invoice</c> for agreement invoices: enforced in both profiles. Unverified, so
/// refused in the strict profile only: creating a Consolidated invoice (in the spec's enum, on none of the manual's
/// lists) and changing a saved invoice's company.
/// </summary>
internal sealed class InvoiceTypeRule : IWriteRule
{
    private static readonly Dictionary<string, string> NotCreatable = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Agreement"] = "Agreement invoices are made by agreement invoicing (POST finance/agreements/{id}/invoice), not by POST finance/invoices.",
        ["Progress"] = "Progress invoices are made from the Invoicing screen for fixed-fee projects only.",
    };

    private static readonly Dictionary<string, string> NotCreatableWhenStrict = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Consolidated"] = "Consolidated invoices are made by ConnectWise's invoicing only.",
    };

    public string SchemaName => "Invoice";

    public IEnumerable<FieldError> OnCreate(JsonObject record, SimulatorOptions options)
    {
        var strict = options.Profile == SimulatorProfile.Strict;
        if (RuleValues.Text(record["type"]) is { } type
            && (NotCreatable.TryGetValue(type.Trim(), out var why) || (strict && NotCreatableWhenStrict.TryGetValue(type.Trim(), out why))))
        {
            yield return new FieldError("InvalidField", $"The invoice type '{type}' cannot be created through the API. {why}", "invoice", "type");
        }
    }

    public IEnumerable<FieldError> OnChange(JsonObject before, JsonObject after, IReadOnlySet<string> touched, SimulatorOptions options)
    {
        if (touched.Contains("type") && !string.Equals(RuleValues.Text(before["type"]), RuleValues.Text(after["type"]), StringComparison.OrdinalIgnoreCase))
        {
            yield return new FieldError("InvalidField", "The type of a saved invoice cannot be changed; delete the invoice and create it again with the new type.", "invoice", "type");
        }

        if (options.Profile == SimulatorProfile.Strict && touched.Contains("company")
            && RuleValues.ReferenceId(before["company"]) != RuleValues.ReferenceId(after["company"]))
        {
            yield return new FieldError("InvalidField", "The company of a saved invoice cannot be changed; delete the invoice and create it again for the other company.", "invoice", "company");
        }
    }
}
