using System.Globalization;
using System.Runtime.CompilerServices;
using BssConnectWiseConnector.Http;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Newtonsoft.Json.Serialization;

namespace BssConnectWiseConnector.Sync.Merge;

/// <summary>
/// The link snapshot a pull leaves: the last one, with ConnectWise's current value for every field that changed there
/// since (all fields, for a record new to the BSS), in the canonical form of <see cref="PayloadSnapshot"/>. The
/// push compares the BSS record with it, so it sends exactly what the BSS holds that ConnectWise does not.
/// </summary>
internal static class AgreedSnapshot
{
    private static readonly ConditionalWeakTable<IReadOnlyList<string>, string[]> SortedFields = new();
    private static readonly IReadOnlySet<string> NoChanges = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>Reads a ConnectWise record as JSON, without the <c>_info</c> blocks the connector never sends.</summary>
    /// <param name="remote">The record.</param>
    /// <returns>The JSON.</returns>
    public static JObject Json(object remote)
    {
        var json = JObject.FromObject(remote, ConnectWiseJson.Serializer);
        Strip(json);
        return json;
    }

    /// <summary>
    /// Reads the given fields of a ConnectWise record as JSON, without the <c>_info</c> blocks: what a snapshot needs,
    /// at a fraction of the cost of the whole record (a pull does this for every record it merges).
    /// </summary>
    /// <param name="remote">The record.</param>
    /// <param name="fields">The JSON names of the fields wanted.</param>
    /// <returns>The JSON of those fields that have a value.</returns>
    public static JObject Json(object remote, IReadOnlySet<string> fields)
    {
        ArgumentNullException.ThrowIfNull(remote);
        ArgumentNullException.ThrowIfNull(fields);
        var serializer = ConnectWiseJson.Serializer;
        if (serializer.ContractResolver.ResolveContract(remote.GetType()) is not JsonObjectContract contract || contract.ExtensionDataGetter is not null)
        {
            return Json(remote);
        }

        // One token writer for the record, not one per field (JToken.FromObject builds a writer and a serializer
        // state for each value): the same tokens, at about half the allocations of a pull's per-record work.
        using var writer = new JTokenWriter();
        writer.WriteStartObject();
        foreach (var property in contract.Properties)
        {
            if (property.Ignored || !property.Readable || property.PropertyName is not { } name || !fields.Contains(name)
                || property.ValueProvider?.GetValue(remote) is not { } value)
            {
                continue;
            }

            writer.WritePropertyName(name);
            if (property.Converter is { } converter)
            {
                converter.WriteJson(writer, value, serializer);
            }
            else if (value is string text)
            {
                writer.WriteValue(text);
            }
            else
            {
                serializer.Serialize(writer, value);
            }
        }

        writer.WriteEndObject();
        var json = (JObject)writer.Token!;
        foreach (var property in json.Properties())
        {
            Strip(property.Value);
        }

        return json;
    }

    /// <summary>Gives the last snapshot the names ConnectWise returns for references it still holds, so the snapshot maps back as the record does.</summary>
    /// <param name="last">The link's snapshot.</param>
    /// <param name="remote">ConnectWise's record as JSON.</param>
    /// <returns>A copy of the snapshot with the references of the same id taken from ConnectWise.</returns>
    public static JObject WithRemoteNames(JObject last, JObject remote)
    {
        ArgumentNullException.ThrowIfNull(last);
        ArgumentNullException.ThrowIfNull(remote);
        var copy = (JObject)last.DeepClone();
        foreach (var property in copy.Properties().ToList())
        {
            var current = remote[property.Name];
            if (property.Value is JObject reference && current is JObject same && JToken.DeepEquals(reference["id"], same["id"]))
            {
                property.Value = same.DeepClone();
            }
            else if (property.Value is JArray items && current is JArray currentItems && items.Count == currentItems.Count
                && items.Zip(currentItems).All(p => p.First is JObject a && p.Second is JObject b && JToken.DeepEquals(a["id"], b["id"])))
            {
                property.Value = currentItems.DeepClone();
            }
        }

        return copy;
    }

    /// <summary>Builds the snapshot text.</summary>
    /// <param name="last">The link's snapshot, or <see langword="null"/> when there is none.</param>
    /// <param name="remote">ConnectWise's record as JSON.</param>
    /// <param name="fields">The fields a snapshot holds.</param>
    /// <param name="changed">The fields whose ConnectWise value is taken (ignored without a last snapshot: all are).</param>
    /// <returns>The canonical text.</returns>
    public static string Build(JObject? last, JObject remote, IReadOnlyList<string> fields, IReadOnlySet<string> changed)
    {
        ArgumentNullException.ThrowIfNull(remote);
        ArgumentNullException.ThrowIfNull(fields);
        ArgumentNullException.ThrowIfNull(changed);
        // Written as text straight away, sorted on the way (what a JObject of sorted copies gave with ToString, without
        // building and cloning it for every pulled record).
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var writer = new JsonTextWriter(text) { Formatting = Formatting.None })
        {
            writer.WriteStartObject();
            foreach (var field in CanonicalOrder(fields))
            {
                var value = last is null || changed.Contains(field) ? remote[field] : last[field];
                if (value is not null && value.Type != JTokenType.Null)
                {
                    writer.WritePropertyName(field);
                    WriteSorted(writer, value);
                }
            }

            writer.WriteEndObject();
        }

        return text.ToString();
    }

    /// <summary>
    /// Builds the snapshot text of a record new to the BSS (no last snapshot: every field is ConnectWise's), the text
    /// <see cref="Build"/> gives for <see cref="Json(object, IReadOnlySet{string})"/> of the record, written straight
    /// from the model where <see cref="NewRecordSnapshot"/> can.
    /// </summary>
    /// <param name="remote">ConnectWise's record.</param>
    /// <param name="fields">The fields a snapshot holds.</param>
    /// <param name="fieldSet">The same fields as a set, for the token path.</param>
    /// <returns>The canonical text.</returns>
    public static string BuildNew(object remote, IReadOnlyList<string> fields, IReadOnlySet<string> fieldSet)
    {
        ArgumentNullException.ThrowIfNull(remote);
        ArgumentNullException.ThrowIfNull(fields);
        return NewRecordSnapshot.TryWrite(remote, CanonicalOrder(fields))
            ?? Build(null, Json(remote, fieldSet), fields, NoChanges);
    }

    // A module's baseline fields are one list for every record it pulls: sorted once per list, not once per record
    // (most of Build's time); a list that can still change is sorted each time.
    private static string[] CanonicalOrder(IReadOnlyList<string> fields) =>
        fields is ICollection<string> { IsReadOnly: false } ? Ordered(fields) : SortedFields.GetValue(fields, Ordered);

    private static string[] Ordered(IReadOnlyList<string> fields) =>
        [.. fields.Distinct(StringComparer.Ordinal).OrderBy(name => name, StringComparer.Ordinal)];

    private static void WriteSorted(JsonWriter writer, JToken value)
    {
        switch (value)
        {
            case JObject item:
                writer.WriteStartObject();
                foreach (var property in item.Properties().OrderBy(p => p.Name, StringComparer.Ordinal))
                {
                    writer.WritePropertyName(property.Name);
                    WriteSorted(writer, property.Value);
                }

                writer.WriteEndObject();
                break;
            case JArray items:
                writer.WriteStartArray();
                foreach (var child in items)
                {
                    WriteSorted(writer, child);
                }

                writer.WriteEndArray();
                break;
            default:
                value.WriteTo(writer);
                break;
        }
    }

    private static void Strip(JToken token)
    {
        if (token is JObject item)
        {
            item.Remove("_info");
            foreach (var property in item.Properties())
            {
                Strip(property.Value);
            }
        }
        else if (token is JArray items)
        {
            foreach (var child in items)
            {
                Strip(child);
            }
        }
    }
}
