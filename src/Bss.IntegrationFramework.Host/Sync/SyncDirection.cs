namespace Bss.IntegrationFramework.Host.Sync;

/// <summary>Which way a sync goes.</summary>
[Flags]
internal enum SyncDirection
{
    /// <summary>BSS records to the remote system.</summary>
    Push = 1,

    /// <summary>Remote records to the BSS.</summary>
    Pull = 2,

    /// <summary>Pushes first, then pulls.</summary>
    Both = Push | Pull,
}
