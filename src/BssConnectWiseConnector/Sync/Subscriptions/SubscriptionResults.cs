using Bss.IntegrationFramework;

namespace BssConnectWiseConnector.Sync.Subscriptions;

/// <summary>Builds the results of the Subscriptions module.</summary>
internal static class SubscriptionResults
{
    /// <summary>A result.</summary>
    /// <param name="item">The subscription.</param>
    /// <param name="outcome">What happened.</param>
    /// <param name="additionId">The addition, when linked.</param>
    /// <param name="reason">Why, when worth saying.</param>
    /// <param name="changes">The fields changed.</param>
    /// <returns>The result.</returns>
    public static PushResult Of(PushItem<Subscription> item, PushOutcome outcome, string? additionId, string? reason = null, IReadOnlyList<FieldChange>? changes = null) =>
        Pipeline.PushResults.Of(BssModules.Subscriptions, item, outcome, additionId, reason, changes);

    /// <summary>A failure.</summary>
    /// <param name="item">The subscription.</param>
    /// <param name="kind">Why.</param>
    /// <param name="reason">The reason, with the fix.</param>
    /// <param name="additionId">The addition, when linked.</param>
    /// <returns>The result.</returns>
    public static PushResult Failed(PushItem<Subscription> item, FailureKind kind, string reason, string? additionId = null) =>
        Pipeline.PushResults.Failed(BssModules.Subscriptions, item, kind, reason, additionId);

    /// <summary>Joins the sentences of a reason, leaving out empty ones.</summary>
    /// <param name="parts">The sentences.</param>
    /// <returns>The reason, or <see langword="null"/>.</returns>
    public static string? Join(params string?[] parts)
    {
        var text = string.Join(" ", parts.Where(p => !string.IsNullOrWhiteSpace(p)));
        return text.Length == 0 ? null : text;
    }
}
