using Newtonsoft.Json.Converters;
using Newtonsoft.Json.Serialization;

namespace BssConnectWiseConnector.Http;

/// <summary>
/// Writes and reads enums (and nullable enums) by name, as a <see cref="StringEnumConverter"/> in the serializer's
/// converters does, but decided once per type, when its contract is made: a converter in the serializer's list is
/// asked <see cref="StringEnumConverter.CanConvert"/> for every value read or written, which took about a tenth of a
/// push's processor time (docs/benchmarks.md, "Figures (2026-12-03 evening…)").
/// </summary>
internal sealed class EnumAsTextContractResolver : DefaultContractResolver
{
    private static readonly StringEnumConverter EnumConverter = new();

    /// <inheritdoc />
    protected override JsonContract CreateContract(Type objectType)
    {
        var contract = base.CreateContract(objectType);
        if (contract.Converter is null && (Nullable.GetUnderlyingType(objectType) ?? objectType).IsEnum)
        {
            // A [JsonConverter] on the enum itself still wins, as it did over the serializer's converters.
            contract.Converter = EnumConverter;
        }

        return contract;
    }
}
