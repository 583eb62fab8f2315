namespace Bss.IntegrationFramework;

/// <summary>An operation of a module, switched on or off in the synchronization options.</summary>
public enum SyncOperation
{
    /// <summary>Push: create records that are new in the BSS.</summary>
    Create,

    /// <summary>Push: update records that changed in the BSS.</summary>
    Update,

    /// <summary>Push: deactivate records deleted in the BSS.</summary>
    Delete,

    /// <summary>Pull: read every record (or every record changed since the cursor).</summary>
    BatchRead,

    /// <summary>Pull: read one record by its remote id.</summary>
    Read,
}
