namespace Bss.IntegrationFramework.Host.Sync;

/// <summary>Outcomes the host records beside the <see cref="PushOutcome"/> values.</summary>
internal static class RecordOutcomes
{
    /// <summary>The record failed too often and is not retried until resync.</summary>
    public const string Quarantined = "Quarantined";

    /// <summary>A pulled record was stored in the BSS.</summary>
    public const string Pulled = "Pulled";

    /// <summary>A pulled record is marked deleted in the remote system.</summary>
    public const string Deleted = "Deleted";

    /// <summary>A change to what a customer is billed waits for approval in a plan (the instance's approval mode).</summary>
    public const string Waiting = "Waiting";

    /// <summary>A field changed in the BSS and in ConnectWise since the last sync, and what the pull did about it.</summary>
    public const string Conflict = "Conflict";
}
