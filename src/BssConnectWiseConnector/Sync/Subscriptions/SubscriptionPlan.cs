using Bss.IntegrationFramework;
using BssConnectWiseConnector.Sync.Pipeline;
using Newtonsoft.Json.Linq;

namespace BssConnectWiseConnector.Sync.Subscriptions;

/// <summary>One subscription of a batch, mapped and ready to be pushed.</summary>
/// <param name="Index">Its place in the batch.</param>
/// <param name="Item">The subscription and its operation.</param>
/// <param name="Link">Its link, if any.</param>
/// <param name="State">What its link remembers, if readable.</param>
/// <param name="Key">The agreement its seats belong on.</param>
/// <param name="Payload">What is pushed.</param>
/// <param name="Json">The canonical JSON of <paramref name="Payload"/>.</param>
/// <param name="Hash">The hash of <paramref name="Json"/>.</param>
/// <param name="Note">Something the result should say whatever happens, such as a suspension.</param>
internal sealed record SubscriptionPlan(
    int Index,
    PushItem<Subscription> Item,
    IntegrationLink? Link,
    SubscriptionLinkState? State,
    AgreementKey Key,
    SubscriptionPayload Payload,
    JObject Json,
    string Hash,
    string? Note)
    : PushPlan<Subscription>(Index, Item, Link)
{
    /// <summary>Gets the subscription's BSS id.</summary>
    public string BssId => Item.Record.Id;

    /// <summary>Gets the addition's fields as wanted now.</summary>
    public JObject Addition => Json[SubscriptionLinkState.AdditionProperty] as JObject ?? [];

    /// <summary>Gets the day of the change in the BSS, from which a change to seats already billed takes effect.</summary>
    public DateOnly ChangedOn { get; init; }

    /// <summary>Gets whether the addition is wanted cancelled.</summary>
    public bool Cancelled => Payload.Addition.CancelledDate is not null;
}
