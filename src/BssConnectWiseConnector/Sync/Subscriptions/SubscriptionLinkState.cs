using System.Globalization;
using BssConnectWiseConnector.Http;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace BssConnectWiseConnector.Sync.Subscriptions;

/// <summary>
/// What a subscription's link remembers: the payload last pushed (company, agreement type, the addition's fields and
/// the subscription's tags) and the agreement the addition sits on. The link's hash covers the payload only, so an
/// unchanged subscription is recognised without knowing, or asking for, its agreement.
/// </summary>
/// <param name="AgreementId">The agreement the addition sits on.</param>
/// <param name="Payload">The payload last pushed.</param>
internal sealed record SubscriptionLinkState(int AgreementId, JObject Payload)
{
    /// <summary>The payload property holding the addition's fields.</summary>
    public const string AdditionProperty = "addition";

    private const string AgreementProperty = "agreementId";

    /// <summary>Gets the addition's fields as last pushed.</summary>
    public JObject Addition => Payload[AdditionProperty] as JObject ?? [];

    /// <summary>Gets the agreement key the addition was pushed under.</summary>
    public AgreementKey Key => new(Payload.Value<int?>("company") ?? 0, Payload.Value<int?>("agreementType") ?? 0);

    /// <summary>Gets whether the addition was last pushed cancelled.</summary>
    public bool Cancelled => Addition["cancelledDate"] is { Type: not JTokenType.Null };

    /// <summary>Builds the canonical payload: properties sorted, nulls left out, dates as ConnectWise writes them.</summary>
    /// <param name="model">The payload model.</param>
    /// <returns>The JSON.</returns>
    public static JObject Canonical(object model) =>
        PayloadSnapshot.Of(JsonConvert.DeserializeObject<JObject>(ConnectWiseJson.Serialize(model), ConnectWiseJson.Settings)!).Json;

    /// <summary>Hashes a canonical payload.</summary>
    /// <param name="payload">The payload.</param>
    /// <returns>The hash the link keeps.</returns>
    public static string Hash(JObject payload) => PayloadSnapshot.Of(payload).Hash;

    /// <summary>Reads a link's snapshot.</summary>
    /// <param name="text">The snapshot text.</param>
    /// <returns>The state, or <see langword="null"/> when there is none or it cannot be read.</returns>
    public static SubscriptionLinkState? Parse(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        try
        {
            var json = JsonConvert.DeserializeObject<JObject>(text, ConnectWiseJson.Settings);
            var agreement = json?.Value<int?>(AgreementProperty);
            if (json is null || agreement is null)
            {
                return null;
            }

            json.Remove(AgreementProperty);
            return new SubscriptionLinkState(agreement.Value, json);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Writes the snapshot text.</summary>
    /// <returns>The text.</returns>
    public string ToText()
    {
        var json = (JObject)Payload.DeepClone();
        json[AgreementProperty] = AgreementId;
        return json.ToString(Formatting.None);
    }

    /// <summary>Reads a decimal field of the addition as last pushed.</summary>
    /// <param name="field">The field.</param>
    /// <returns>The value, or <see langword="null"/>.</returns>
    public decimal? Number(string field) =>
        Addition[field] is JValue { Value: not null } value ? Convert.ToDecimal(value.Value, CultureInfo.InvariantCulture) : null;
}
