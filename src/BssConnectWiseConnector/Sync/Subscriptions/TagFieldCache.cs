using BssConnectWiseConnector.Models;

namespace BssConnectWiseConnector.Sync.Subscriptions;

/// <summary>
/// The custom fields ConnectWise gives agreement additions, learnt (by caption) from the first addition the session
/// reads that has "Subscription ID" or "Subscription Name", so new additions can carry the tag from their POST.
/// </summary>
internal sealed class TagFieldCache
{
    private IReadOnlyList<CustomFieldValue>? _fields;

    /// <summary>Gets whether the session has seen the tag fields.</summary>
    public bool Known => Volatile.Read(ref _fields) is not null;

    /// <summary>Learns the custom fields from additions ConnectWise answered with.</summary>
    /// <param name="additions">The additions.</param>
    public void Learn(IEnumerable<Addition?> additions)
    {
        ArgumentNullException.ThrowIfNull(additions);
        if (Known)
        {
            return;
        }

        var fields = additions.Select(a => a?.CustomFields).FirstOrDefault(SubscriptionTags.HasCaptions);
        if (fields is not null)
        {
            // Only the definitions are kept: another addition's values must never be copied onto a new one.
            Interlocked.CompareExchange(ref _fields, fields.Select(f => f with { Value = null }).ToArray(), null);
        }
    }

    /// <summary>Gets the whole custom field array of a new addition of a subscription.</summary>
    /// <param name="subscriptionId">The BSS id.</param>
    /// <param name="subscriptionName">The name.</param>
    /// <returns>The array, or <see langword="null"/> when the tag fields are not known.</returns>
    public IReadOnlyList<CustomFieldValue>? For(string subscriptionId, string subscriptionName) =>
        Volatile.Read(ref _fields) is { } fields ? SubscriptionTags.Apply(fields, subscriptionId, subscriptionName) : null;
}
