using System.Globalization;
using System.Text;
using Bss.IntegrationFramework;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace BssConnectWiseConnector.Sync.Callbacks;

/// <summary>
/// Reads a ConnectWise callback body (<c>Type</c>, <c>ID</c>, <c>Action</c>, <c>Metadata.key_url</c>, optional
/// <c>MessageId</c>; amp-labs' recorded callbacks, nango's payload type). The record in <c>Entity</c> is never used:
/// the host pulls the record by its id, so a stale or forged copy cannot reach the store. Errors name the field,
/// never quote the body.
/// </summary>
internal static class CallbackPayloadReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static ChangeNotification Read(ReadOnlySpan<byte> body)
    {
        JObject payload;
        try
        {
            using var reader = new JsonTextReader(new StringReader(StrictUtf8.GetString(body))) { DateParseHandling = DateParseHandling.None, MaxDepth = 16 };
            payload = JToken.ReadFrom(reader) as JObject ?? throw new FormatException("The callback body is not a JSON object.");
        }
        catch (Exception ex) when (ex is JsonException or DecoderFallbackException or ArgumentException)
        {
            throw new FormatException("The callback body is not valid UTF-8 JSON.", ex);
        }

        var type = Text(payload, "Type");
        var action = Text(payload, "Action");
        var id = payload["ID"] switch
        {
            { Type: JTokenType.Integer } number when number.Value<long>() > 0 => number.Value<long>().ToString(CultureInfo.InvariantCulture),
            { Type: JTokenType.String } text when long.TryParse(text.Value<string>(), NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) && parsed > 0
                => parsed.ToString(CultureInfo.InvariantCulture),
            _ => throw new FormatException("The callback body has no positive record id in ID."),
        };
        var keyText = (payload["Metadata"] as JObject)?["key_url"]?.Type == JTokenType.String ? payload["Metadata"]!["key_url"]!.Value<string>() : null;
        if (keyText is null || !Uri.TryCreate(keyText, UriKind.Absolute, out var keyUrl))
        {
            throw new FormatException("The callback body has no absolute Metadata.key_url.");
        }

        var messageId = payload["MessageId"]?.Type == JTokenType.String ? payload["MessageId"]!.Value<string>() : null;
        return new ChangeNotification(type, CallbackTypes.ModuleOf(type), id, action.ToLowerInvariant(), keyUrl, string.IsNullOrWhiteSpace(messageId) ? null : messageId);
    }

    private static string Text(JObject payload, string name) =>
        payload[name] is { Type: JTokenType.String } token && token.Value<string>() is { Length: > 0 and <= 100 } text
            ? text
            : throw new FormatException($"The callback body has no {name}.");
}
