namespace BssConnectWiseConnector.Sync.Merge;

/// <summary>Who decides a field group's value when a pull finds it changed in ConnectWise.</summary>
public enum OwnershipPolicy
{
    /// <summary>The BSS always wins: a pull only fills a BSS blank, and the next push restores what ConnectWise changed.</summary>
    Bss,

    /// <summary>ConnectWise wins a conflict: its value goes into the BSS.</summary>
    ConnectWise,

    /// <summary>The later change wins a conflict: ConnectWise's <c>_info.lastUpdated</c> against the BSS record's time.</summary>
    Newest,

    /// <summary>A conflict changes nothing on either side and is reported until someone resolves it.</summary>
    Report,
}
