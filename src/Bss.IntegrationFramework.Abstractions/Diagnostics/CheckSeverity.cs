namespace Bss.IntegrationFramework;

/// <summary>How much a check finding matters.</summary>
public enum CheckSeverity
{
    /// <summary>Verified and fine.</summary>
    Ok,

    /// <summary>Works, but something will fail or be skipped for some records.</summary>
    Warning,

    /// <summary>A sync of the affected operations cannot work until it is fixed.</summary>
    Error,
}
