namespace Bss.IntegrationFramework.Host.Storage;

/// <summary>The states of a run.</summary>
internal static class RunStatus
{
    /// <summary>Still running (or the process died during it).</summary>
    public const string Running = "Running";

    /// <summary>Every record went through.</summary>
    public const string Succeeded = "Succeeded";

    /// <summary>Finished, with some records failed.</summary>
    public const string CompletedWithFailures = "CompletedWithFailures";

    /// <summary>Stopped by an error that concerned the whole run.</summary>
    public const string Failed = "Failed";

    /// <summary>Stopped on request.</summary>
    public const string Cancelled = "Cancelled";
}
