namespace Bss.IntegrationFramework.Host.Plans;

/// <summary>The states of a saved plan and of its items.</summary>
public static class PlanStatus
{
    /// <summary>Waiting for an administrator (a plan), or not applied yet (an item).</summary>
    public const string Pending = "Pending";

    /// <summary>Every item was applied or rejected, at least one applied.</summary>
    public const string Approved = "Approved";

    /// <summary>Some customers were approved or rejected; others still wait.</summary>
    public const string PartlyDecided = "PartlyDecided";

    /// <summary>Discarded: nothing of it is applied.</summary>
    public const string Rejected = "Rejected";

    /// <summary>A newer plan of the instance replaced it (the changes it held are in the newer one).</summary>
    public const string Superseded = "Superseded";

    /// <summary>An item written to ConnectWise by an approval.</summary>
    public const string Applied = "Applied";

    /// <summary>An item whose write failed when it was approved (the run's report says why).</summary>
    public const string Failed = "Failed";
}
