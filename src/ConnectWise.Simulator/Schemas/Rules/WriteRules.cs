using System.Text.Json.Nodes;
using ConnectWise.Simulator.Api;

namespace ConnectWise.Simulator.Schemas.Rules;

/// <summary>The record rules by schema; a schema without rules gets none.</summary>
internal static class WriteRules
{
    private static readonly IReadOnlyList<IWriteRule> All =
    [
        new CompanyAddressRule(),
        new InvoiceTypeRule(),
        new PaymentTypeRule(),
        new ContactDefaultFlagRule(),
    ];

    /// <summary>The problems of a record about to be created.</summary>
    public static IReadOnlyList<FieldError> OnCreate(string schemaName, JsonObject record, SimulatorOptions options) =>
        [.. For(schemaName).SelectMany(rule => rule.OnCreate(record, options))];

    /// <summary>The problems of a change to a stored record.</summary>
    public static IReadOnlyList<FieldError> OnChange(string schemaName, JsonObject before, JsonObject after, IReadOnlySet<string> touched, SimulatorOptions options) =>
        [.. For(schemaName).SelectMany(rule => rule.OnChange(before, after, touched, options))];

    private static IEnumerable<IWriteRule> For(string schemaName) =>
        All.Where(rule => string.Equals(rule.SchemaName, schemaName, StringComparison.Ordinal));
}
