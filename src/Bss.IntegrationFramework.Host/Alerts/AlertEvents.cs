namespace Bss.IntegrationFramework.Host.Alerts;

/// <summary>The events a webhook receives.</summary>
internal static class AlertEvents
{
    /// <summary>An alert was raised.</summary>
    public const string Raised = "alert.raised";

    /// <summary>An alert's cause is gone.</summary>
    public const string Closed = "alert.closed";

    /// <summary>A test sent by <c>alerts test</c>.</summary>
    public const string Test = "alert.test";
}
