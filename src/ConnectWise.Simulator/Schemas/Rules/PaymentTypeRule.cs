using System.Text.Json.Nodes;
using ConnectWise.Simulator.Api;

namespace ConnectWise.Simulator.Schemas.Rules;

/// <summary>
/// The values an invoice payment's <c>type</c> may take. No source lists them (the spec and the clients generated from
/// it declare a plain string), so the normal profile accepts any value and the strict profile only
/// <see cref="SimulatorOptions.PaymentTypes"/>, the answer that hurts a connector sending values of its own.
/// </summary>
internal sealed class PaymentTypeRule : IWriteRule
{
    public string SchemaName => "Payment";

    public IEnumerable<FieldError> OnCreate(JsonObject record, SimulatorOptions options) => Check(record, options);

    public IEnumerable<FieldError> OnChange(JsonObject before, JsonObject after, IReadOnlySet<string> touched, SimulatorOptions options) =>
        touched.Contains("type") ? Check(after, options) : [];

    private static IEnumerable<FieldError> Check(JsonObject record, SimulatorOptions options)
    {
        if (options.Profile != SimulatorProfile.Strict || RuleValues.Text(record["type"]) is not { } type
            || options.PaymentTypes.Contains(type.Trim(), StringComparer.OrdinalIgnoreCase))
        {
            yield break;
        }

        yield return new FieldError(
            "InvalidField",
            $"The payment type '{type}' is not valid; use one of {string.Join(", ", options.PaymentTypes)}.",
            "payment",
            "type");
    }
}
