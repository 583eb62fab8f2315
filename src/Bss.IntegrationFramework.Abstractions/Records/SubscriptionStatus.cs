namespace Bss.IntegrationFramework;

/// <summary>The state of a subscription.</summary>
public enum SubscriptionStatus
{
    /// <summary>Billed.</summary>
    Active,

    /// <summary>Temporarily not in use; kept.</summary>
    Suspended,

    /// <summary>Ended.</summary>
    Cancelled,
}
