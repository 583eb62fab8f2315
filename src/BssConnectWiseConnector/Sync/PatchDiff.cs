using Bss.IntegrationFramework;
using BssConnectWiseConnector.Http;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace BssConnectWiseConnector.Sync;

/// <summary>
/// Works out the PATCH operations that turn one version of a record into another, field by field: a changed value
/// is a <c>replace</c>, an emptied field a <c>remove</c>.
/// </summary>
internal static class PatchDiff
{
    /// <summary>Compares the managed fields of the desired payload with what ConnectWise holds (or was last sent).</summary>
    /// <param name="before">What ConnectWise holds, or <see langword="null"/> when unknown (every field with a value is sent).</param>
    /// <param name="after">The desired payload.</param>
    /// <param name="managedFields">
    /// The fields the connector owns; others (set by hand in ConnectWise, or create-only like company types) are never touched.
    /// </param>
    /// <returns>The operations and the changes for the report.</returns>
    public static (IReadOnlyList<PatchOperation> Operations, IReadOnlyList<FieldChange> Changes) Compute(JObject? before, JObject after, IReadOnlyList<string> managedFields)
    {
        ArgumentNullException.ThrowIfNull(after);
        ArgumentNullException.ThrowIfNull(managedFields);
        var operations = new List<PatchOperation>();
        var changes = new List<FieldChange>();
        foreach (var field in managedFields)
        {
            var desired = after[field];
            var old = before?[field];
            var hasDesired = desired is not null && desired.Type != JTokenType.Null;
            var hadOld = old is not null && old.Type != JTokenType.Null;
            if (before is null ? !hasDesired : (hasDesired ? Same(old, desired!) : !hadOld))
            {
                continue;
            }

            // A field is cleared with "remove" (an op the Developer Guide lists), never "replace" with a null value, which
            // no ConnectWise source says is accepted (docs/connectwise-api.md, Clearing a field).
            operations.Add(hasDesired ? PatchOperation.Replace(field, desired!.DeepClone()) : PatchOperation.Remove(field));
            changes.Add(new FieldChange(field, Describe(old), Describe(desired)));
        }

        return (operations, changes);
    }

    // A reference matches by id alone: ConnectWise answers with names and _info the connector never sends.
    private static bool Same(JToken? old, JToken desired)
    {
        if (old is JObject oldObject && desired is JObject desiredObject && desiredObject["id"] is { } id)
        {
            return JToken.DeepEquals(oldObject["id"], id);
        }

        if (old is JValue oldValue && desired is JValue desiredValue && oldValue.Value is not null && desiredValue.Value is not null
            && oldValue.Type is JTokenType.Float or JTokenType.Integer && desiredValue.Type is JTokenType.Float or JTokenType.Integer)
        {
            return Convert.ToDecimal(oldValue.Value, System.Globalization.CultureInfo.InvariantCulture) == Convert.ToDecimal(desiredValue.Value, System.Globalization.CultureInfo.InvariantCulture);
        }

        return JToken.DeepEquals(old, desired);
    }

    private static string? Describe(JToken? token) => token switch
    {
        null => null,
        { Type: JTokenType.Null } => null,
        JValue value => Convert.ToString(value.Value, System.Globalization.CultureInfo.InvariantCulture),
        JObject reference when reference["id"] is { } id => reference["name"] is { } name ? $"{name} ({id})" : $"id {id}",
        _ => token.ToString(Formatting.None),
    };
}
