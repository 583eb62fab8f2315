using Newtonsoft.Json;

namespace BssConnectWiseConnector.Http;

/// <summary>The JSON settings of every ConnectWise request and response.</summary>
internal static class ConnectWiseJson
{
    /// <summary>Gets the serializer settings: explicit names on the models, nulls left out, unknown members ignored, enums by name.</summary>
    public static JsonSerializerSettings Settings { get; } = new()
    {
        NullValueHandling = NullValueHandling.Ignore,
        MissingMemberHandling = MissingMemberHandling.Ignore,
        DateFormatString = "yyyy-MM-dd'T'HH:mm:ss'Z'",
        DateTimeZoneHandling = DateTimeZoneHandling.Utc,
        DateParseHandling = DateParseHandling.None,
        FloatParseHandling = FloatParseHandling.Decimal,
        ContractResolver = new EnumAsTextContractResolver(),
    };

    /// <summary>Gets a serializer with <see cref="Settings"/>.</summary>
    public static JsonSerializer Serializer { get; } = JsonSerializer.Create(Settings);

    /// <summary>Serializes a value.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The JSON text.</returns>
    public static string Serialize(object value) => JsonConvert.SerializeObject(value, Settings);
}
