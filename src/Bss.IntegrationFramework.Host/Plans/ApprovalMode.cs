namespace Bss.IntegrationFramework.Host.Plans;

/// <summary>Whether changes to what customers are billed are written at once or wait for an administrator.</summary>
public enum ApprovalMode
{
    /// <summary>Every change is written when the run makes it (the behaviour before plans).</summary>
    Auto,

    /// <summary>A customer's changes whose monthly money impact is under the threshold are written; the rest wait.</summary>
    Threshold,

    /// <summary>Every change to what a customer is billed waits for approval.</summary>
    Approve,
}
