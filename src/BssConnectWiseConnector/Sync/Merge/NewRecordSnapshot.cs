using System.Collections;
using System.Globalization;
using System.Runtime.CompilerServices;
using BssConnectWiseConnector.Http;
using Newtonsoft.Json;
using Newtonsoft.Json.Serialization;

namespace BssConnectWiseConnector.Sync.Merge;

/// <summary>
/// The snapshot text of a record new to the BSS, written straight from ConnectWise's model: the text
/// <c>AgreedSnapshot.Build(null, AgreedSnapshot.Json(remote, fields), fields, …)</c> gives, byte for byte, without the
/// token tree in between (issue 16: building and sorting that tree was the largest allocation of a pull's per-record
/// work, about 11 KB a company). Only plain models are written this way: strings, whole numbers, booleans, decimals,
/// nested models and lists of them; anything the serializer would treat otherwise (a converter, a callback, a
/// conditional member, an enum) gives <see langword="null"/>, and the caller takes the token path.
/// </summary>
internal static class NewRecordSnapshot
{
    private static readonly ConditionalWeakTable<JsonObjectContract, JsonProperty[]?> SortedMembers = new();

    /// <summary>Writes the snapshot of a record the BSS does not have yet.</summary>
    /// <param name="remote">ConnectWise's record.</param>
    /// <param name="sortedFields">The snapshot's fields, distinct and in ordinal order.</param>
    /// <returns>The canonical text, or <see langword="null"/> when the record holds a value this writer leaves to the serializer.</returns>
    public static string? TryWrite(object remote, IReadOnlyList<string> sortedFields)
    {
        ArgumentNullException.ThrowIfNull(remote);
        ArgumentNullException.ThrowIfNull(sortedFields);
        var serializer = ConnectWiseJson.Serializer;
        if (serializer.ContractResolver.ResolveContract(remote.GetType()) is not JsonObjectContract contract || contract.ExtensionDataGetter is not null)
        {
            return null;
        }

        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var writer = new JsonTextWriter(text) { Formatting = Formatting.None })
        {
            writer.WriteStartObject();
            foreach (var field in sortedFields)
            {
                // As AgreedSnapshot.Json reads the top level: the member's value, whatever its other settings.
                if (contract.Properties.GetProperty(field, StringComparison.Ordinal) is not { } property
                    || property.Ignored || !property.Readable || property.ValueProvider?.GetValue(remote) is not { } value)
                {
                    continue;
                }

                if (field == "_info" || property.Converter is not null)
                {
                    return null;
                }

                writer.WritePropertyName(field);
                if (!TryWriteValue(writer, value, serializer))
                {
                    return null;
                }
            }

            writer.WriteEndObject();
        }

        return text.ToString();
    }

    private static bool TryWriteValue(JsonWriter writer, object value, JsonSerializer serializer)
    {
        switch (value)
        {
            case string text:
                writer.WriteValue(text);
                return true;
            case int number:
                writer.WriteValue((long)number);
                return true;
            case long number:
                writer.WriteValue(number);
                return true;
            case bool flag:
                writer.WriteValue(flag);
                return true;
            case decimal amount:
                writer.WriteValue(amount);
                return true;
        }

        var type = value.GetType();
        if (type.IsPrimitive || type.IsEnum)
        {
            return false;
        }

        foreach (var converter in serializer.Converters)
        {
            if (converter.CanConvert(type))
            {
                return false;
            }
        }

        return serializer.ContractResolver.ResolveContract(type) switch
        {
            JsonObjectContract model => TryWriteModel(writer, value, model, serializer),
            JsonArrayContract list when list.Converter is null && list.ItemConverter is null && value is IEnumerable items => TryWriteList(writer, items, serializer),
            _ => false,
        };
    }

    // A nested model as the serializer writes it (members with a value; NullValueHandling.Ignore) and the snapshot
    // sorts it (members in ordinal order, no _info).
    private static bool TryWriteModel(JsonWriter writer, object value, JsonObjectContract model, JsonSerializer serializer)
    {
        if (SortedMembers.GetValue(model, Plain) is not { } members)
        {
            return false;
        }

        writer.WriteStartObject();
        foreach (var member in members)
        {
            if (member.ValueProvider!.GetValue(value) is not { } memberValue)
            {
                continue;
            }

            writer.WritePropertyName(member.PropertyName!);
            if (!TryWriteValue(writer, memberValue, serializer))
            {
                return false;
            }
        }

        writer.WriteEndObject();
        return true;
    }

    private static bool TryWriteList(JsonWriter writer, IEnumerable items, JsonSerializer serializer)
    {
        writer.WriteStartArray();
        foreach (var item in items)
        {
            if (item is null)
            {
                writer.WriteNull();
            }
            else if (!TryWriteValue(writer, item, serializer))
            {
                return false;
            }
        }

        writer.WriteEndArray();
        return true;
    }

    // The members of a model the serializer writes unconditionally, sorted; null when any member has a setting of its
    // own (a converter, a condition, a null or default handling, a type name) or the model has callbacks.
    private static JsonProperty[]? Plain(JsonObjectContract model)
    {
        if (model.Converter is not null || model.ExtensionDataGetter is not null || model.OnSerializingCallbacks.Count > 0
            || model.OnSerializedCallbacks.Count > 0 || model.ItemConverter is not null)
        {
            return null;
        }

        var members = new List<JsonProperty>();
        foreach (var member in model.Properties)
        {
            if (member.Ignored || !member.Readable || member.PropertyName == "_info")
            {
                continue;
            }

            if (member.Converter is not null || member.ItemConverter is not null || member.ShouldSerialize is not null || member.GetIsSpecified is not null
                || member.NullValueHandling is not null || member.DefaultValueHandling is not null || member.TypeNameHandling is not null
                || member.IsReference is not null || member.ValueProvider is null || member.PropertyName is null)
            {
                return null;
            }

            members.Add(member);
        }

        return [.. members.OrderBy(m => m.PropertyName, StringComparer.Ordinal)];
    }
}
