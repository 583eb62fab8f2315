namespace Bss.IntegrationFramework;

/// <summary>What a push did to one record.</summary>
public enum PushOutcome
{
    /// <summary>A remote record was created (or, in a dry run, would be).</summary>
    Created,

    /// <summary>The remote record was updated (or, in a dry run, would be).</summary>
    Updated,

    /// <summary>Nothing changed since the last push; no request was sent.</summary>
    Unchanged,

    /// <summary>The record was deliberately not pushed (operation switched off, nothing to do).</summary>
    Skipped,

    /// <summary>The record could not be pushed; see the failure kind and reason.</summary>
    Failed,
}
