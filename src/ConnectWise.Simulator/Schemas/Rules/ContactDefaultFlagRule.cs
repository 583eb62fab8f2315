using System.Text.Json.Nodes;
using ConnectWise.Simulator.Api;

namespace ConnectWise.Simulator.Schemas.Rules;

/// <summary>
/// One default communication item per communication type (Email, Phone, Fax). The spec has <c>defaultFlag</c> and
/// <c>communicationType</c> on ContactCommunicationItem but says nothing of how many defaults a contact may have;
/// ConnectWise's screens show one default per kind. Unverified, so only the strict profile refuses a second default.
/// </summary>
internal sealed class ContactDefaultFlagRule : IWriteRule
{
    public string SchemaName => "Contact";

    public IEnumerable<FieldError> OnCreate(JsonObject record, SimulatorOptions options) => Check(record, options);

    public IEnumerable<FieldError> OnChange(JsonObject before, JsonObject after, IReadOnlySet<string> touched, SimulatorOptions options) =>
        touched.Contains("communicationItems") ? Check(after, options) : [];

    private static IEnumerable<FieldError> Check(JsonObject record, SimulatorOptions options)
    {
        if (options.Profile != SimulatorProfile.Strict || record["communicationItems"] is not JsonArray items)
        {
            yield break;
        }

        var doubled = items.OfType<JsonObject>()
            .Where(item => RuleValues.IsTrue(item["defaultFlag"]))
            .GroupBy(item => RuleValues.Text(item["communicationType"]) ?? string.Empty, StringComparer.OrdinalIgnoreCase)
            .Where(group => group.Key.Length > 0 && group.Count() > 1)
            .Select(group => group.Key);
        foreach (var type in doubled)
        {
            yield return new FieldError(
                "InvalidField",
                $"Only one {type} communication item can be the default.",
                "contact",
                "communicationItems");
        }
    }
}
