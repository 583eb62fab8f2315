using BssConnectWiseConnector.Models;
using Newtonsoft.Json;

namespace BssConnectWiseConnector.Sync.Subscriptions;

/// <summary>Everything a subscription's push depends on, hashed to tell whether anything changed since the last push.</summary>
/// <param name="Company">The customer's company.</param>
/// <param name="AgreementType">The agreement type of the billing cycle.</param>
/// <param name="Addition">The addition's fields, without custom fields.</param>
/// <param name="SubscriptionId">The value of the "Subscription ID" custom field.</param>
/// <param name="SubscriptionName">The value of the "Subscription Name" custom field.</param>
/// <param name="PriceFrom">"ConnectWise" when the price and cost are kept as set there (<see cref="PriceOwnership"/>); absent for the BSS.</param>
internal sealed record SubscriptionPayload(
    [property: JsonProperty("company")] int Company,
    [property: JsonProperty("agreementType")] int AgreementType,
    [property: JsonProperty("addition")] Addition Addition,
    [property: JsonProperty("subscriptionId")] string SubscriptionId,
    [property: JsonProperty("subscriptionName")] string SubscriptionName,
    [property: JsonProperty(PriceOwnership.Property)] string? PriceFrom = null);
