namespace Bss.IntegrationFramework;

/// <summary>Why a record failed, which tells the administrator who has to act.</summary>
public enum FailureKind
{
    /// <summary>The instance's settings or lookups are wrong or incomplete; an administrator fixes them.</summary>
    Configuration,

    /// <summary>The BSS record itself is invalid for the remote system; someone fixes the record.</summary>
    Data,

    /// <summary>The remote system failed or throttled; a later run retries it.</summary>
    Transient,

    /// <summary>The API member lacks a permission; an administrator grants it.</summary>
    Permission,

    /// <summary>The remote system holds a record that conflicts (a taken identifier, several candidates).</summary>
    Conflict,
}
