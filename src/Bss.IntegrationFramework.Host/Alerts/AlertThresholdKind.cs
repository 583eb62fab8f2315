namespace Bss.IntegrationFramework.Host.Alerts;

/// <summary>What an alert condition's threshold is.</summary>
internal enum AlertThresholdKind
{
    /// <summary>The condition has no threshold.</summary>
    None,

    /// <summary>A number of records.</summary>
    Count,

    /// <summary>A length of time.</summary>
    Duration,
}
