namespace BssConnectWiseConnector.Sync;

/// <summary>
/// The levels ConnectWise grants separately on each security-role function (System > Security Roles: Add Level,
/// Edit Level, Delete Level, Inquire Level).
/// </summary>
[Flags]
internal enum SecurityLevels
{
    /// <summary>No level.</summary>
    None = 0,

    /// <summary>Inquire: reading lists, counts and records.</summary>
    Inquire = 1,

    /// <summary>Add: creating records (POST).</summary>
    Add = 2,

    /// <summary>Edit: changing records (PUT, PATCH).</summary>
    Edit = 4,

    /// <summary>Delete: removing records (DELETE).</summary>
    Delete = 8,
}
