using System.Globalization;
using Bss.IntegrationFramework;
using BssConnectWiseConnector.Models;
using Newtonsoft.Json.Linq;

namespace BssConnectWiseConnector.Sync.Subscriptions;

/// <summary>
/// Finds the seats, price and cost that someone changed in ConnectWise since the last push (the addition no longer
/// holds what was pushed) and that the BSS does not agree with. Pure: no I/O.
/// </summary>
internal static class DriftCheck
{
    /// <summary>The addition fields whose hand edits are drift.</summary>
    public static readonly IReadOnlyList<string> Fields = ["quantity", "unitPrice", "unitCost"];

    /// <summary>Compares an addition with what was last pushed and what is wanted now.</summary>
    /// <param name="current">The addition as ConnectWise holds it.</param>
    /// <param name="lastPushed">The addition's fields as last pushed.</param>
    /// <param name="desired">The addition's fields the BSS wants now.</param>
    /// <returns>The drifted fields; a field ConnectWise already holds at the BSS value is not drift.</returns>
    public static IReadOnlyList<DriftedField> Compare(Addition current, JObject lastPushed, JObject desired)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(lastPushed);
        ArgumentNullException.ThrowIfNull(desired);
        var drifted = new List<DriftedField>();
        foreach (var field in Fields)
        {
            var now = Current(current, field);
            var pushed = Number(lastPushed[field]);
            var wanted = Number(desired[field]);
            if (now != pushed && now != wanted)
            {
                drifted.Add(new DriftedField(field, now, pushed, wanted));
            }
        }

        return drifted;
    }

    /// <summary>Reads a drift field of an addition.</summary>
    /// <param name="addition">The addition.</param>
    /// <param name="field">quantity, unitPrice or unitCost.</param>
    /// <returns>The value.</returns>
    public static decimal? Current(Addition addition, string field)
    {
        ArgumentNullException.ThrowIfNull(addition);
        return field switch
        {
            "quantity" => addition.Quantity,
            "unitPrice" => addition.UnitPrice,
            "unitCost" => addition.UnitCost,
            _ => throw new ArgumentOutOfRangeException(nameof(field), field, "Not a drift field."),
        };
    }

    /// <summary>Describes drift for a result's reason.</summary>
    /// <param name="drifted">The drifted fields.</param>
    /// <returns>The text, such as "quantity 12 in ConnectWise (last pushed 10, BSS 10)".</returns>
    public static string Describe(IEnumerable<DriftedField> drifted) =>
        string.Join("; ", drifted.Select(d => string.Create(
            CultureInfo.InvariantCulture,
            $"{d.Field} {Text(d.InConnectWise)} in ConnectWise (last pushed {Text(d.LastPushed)}, BSS {Text(d.InBss)})")));

    /// <summary>Writes a number as the report shows it.</summary>
    /// <param name="value">The number.</param>
    /// <returns>The text, or "empty".</returns>
    public static string Text(decimal? value) => value?.ToString("0.####", CultureInfo.InvariantCulture) ?? "empty";

    /// <summary>Writes the numbers of changes as the report shows them ("10", not "10.0").</summary>
    /// <param name="changes">The changes.</param>
    /// <returns>The changes, numbers tidied.</returns>
    public static IEnumerable<FieldChange> Tidy(IEnumerable<FieldChange> changes) =>
        changes.Select(c => Fields.Contains(c.Field) ? c with { OldValue = Tidy(c.OldValue), NewValue = Tidy(c.NewValue) } : c);

    private static string? Tidy(string? value) =>
        decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var number) ? Text(number) : value;

    private static decimal? Number(JToken? token) =>
        token is JValue { Value: not null } value ? Convert.ToDecimal(value.Value, CultureInfo.InvariantCulture) : null;
}
