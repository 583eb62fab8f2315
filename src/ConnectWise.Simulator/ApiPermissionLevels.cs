namespace ConnectWise.Simulator;

/// <summary>
/// The levels a ConnectWise security role grants per function, each set separately in the role (System >
/// Security Roles: Add Level, Edit Level, Delete Level, Inquire Level). The simulator grants a level or not; it
/// does not model "My" (records the member owns).
/// </summary>
[Flags]
public enum ApiPermissionLevels
{
    /// <summary>No access.</summary>
    None = 0,

    /// <summary>Inquire: GET of lists, counts and single records.</summary>
    Inquire = 1,

    /// <summary>Add: POST.</summary>
    Add = 2,

    /// <summary>Edit: PUT and PATCH.</summary>
    Edit = 4,

    /// <summary>Delete: DELETE.</summary>
    Delete = 8,

    /// <summary>Every level.</summary>
    All = Inquire | Add | Edit | Delete,
}
