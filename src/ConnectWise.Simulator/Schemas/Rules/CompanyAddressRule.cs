using System.Text.Json.Nodes;
using ConnectWise.Simulator.Api;

namespace ConnectWise.Simulator.Schemas.Rules;

/// <summary>
/// A company needs at least one address field. Source: the spec's descriptions of Company addressLine1, addressLine2,
/// city, state and zip ("at least one address field is required -- addressLine1, addressLine2, city, state, zip
/// and/or country"). Enforced in both profiles on POST and PUT, and on a PATCH that writes an address field.
/// </summary>
internal sealed class CompanyAddressRule : IWriteRule
{
    /// <summary>The fields of which one must hold a value, in the spec's order.</summary>
    public static readonly IReadOnlyList<string> AddressFields = ["addressLine1", "addressLine2", "city", "state", "zip", "country"];

    public string SchemaName => "Company";

    public IEnumerable<FieldError> OnCreate(JsonObject record, SimulatorOptions options) => Check(record);

    public IEnumerable<FieldError> OnChange(JsonObject before, JsonObject after, IReadOnlySet<string> touched, SimulatorOptions options) =>
        AddressFields.Any(touched.Contains) ? Check(after) : [];

    private static IEnumerable<FieldError> Check(JsonObject record)
    {
        if (!AddressFields.Any(field => RuleValues.HasValue(record[field])))
        {
            yield return new FieldError(
                "NullOrEmpty",
                "At least one address field is required -- addressLine1, addressLine2, city, state, zip and/or country.",
                "company",
                "addressLine1");
        }
    }
}
