using System.Globalization;
using System.Text.Json.Nodes;
using ConnectWise.Simulator.Schemas.Rules;
using ConnectWise.Simulator.Storage;

namespace ConnectWise.Simulator.Api;

/// <summary>
/// Refuses an addition whose effective or cancelled date falls on or before its agreement's last invoice date: the
/// period was invoiced, and ConnectWise does not re-open it (the exact refusal text is unverified; the field is named
/// like every validation error, docs/connectwise-api.md). Only the dates a write sets or changes are checked.
/// </summary>
internal static class InvoicedPeriodCheck
{
    /// <summary>The additions route.</summary>
    public const string AdditionsRoute = "finance/agreements/{parentId}/additions";

    private static readonly string[] Fields = ["effectiveDate", "cancelledDate"];

    /// <summary>The problems of an addition about to be stored.</summary>
    /// <param name="store">The store (the agreement's invoicing state).</param>
    /// <param name="before">The addition as stored, or <see langword="null"/> for a POST.</param>
    /// <param name="after">The addition as it would be stored.</param>
    /// <returns>One error per date inside an invoiced period.</returns>
    public static IEnumerable<FieldError> Check(SimulatorStore store, JsonObject? before, JsonObject after)
    {
        if (!JsonPaths.TryGetInt(after["agreementId"], out var agreementId) || store.Invoicing.Of(agreementId).LastInvoiceDate is not { } last)
        {
            yield break;
        }

        foreach (var field in Fields)
        {
            var date = Day(after[field]);
            if (date is { } day && day <= last && date != Day(before?[field]))
            {
                yield return new FieldError(
                    "InvalidField",
                    string.Create(CultureInfo.InvariantCulture, $"The {(field == "effectiveDate" ? "effective" : "cancelled")} date {day:yyyy-MM-dd} falls in a period already invoiced (agreement #{agreementId} was last invoiced on {last:yyyy-MM-dd}); use a date after the last invoice date."),
                    "addition",
                    field);
            }
        }
    }

    private static DateOnly? Day(JsonNode? node) =>
        RuleValues.Text(node) is { } text && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var at)
            ? DateOnly.FromDateTime(at.UtcDateTime)
            : null;
}
