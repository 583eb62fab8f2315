using Microsoft.AspNetCore.Http;

namespace ConnectWise.Simulator.Api;

/// <summary>
/// The security-role check in front of every resource: the level a method needs on the resource's function,
/// answered with ConnectWise's 403 <c>{"code":"Security","message":"You do not have security permission to
/// perform this action."}</c> when the member lacks it. Setup tables are readable at inquiry level without
/// System > Table Setup (Developer Guide §Security: they "will return an inquiry level of access without access
/// to the table"); writing them still needs Table Setup.
/// </summary>
internal static class PermissionGate
{
    /// <summary>ConnectWise's message on a 403 (seen on live sites; the body does not name the function).</summary>
    public const string Message = "You do not have security permission to perform this action.";

    /// <summary>The level an HTTP method needs.</summary>
    /// <param name="method">The method.</param>
    /// <returns>Inquire for GET, Add for POST, Edit for PUT/PATCH, Delete for DELETE.</returns>
    public static ApiPermissionLevels LevelOf(string method) =>
        HttpMethods.IsPost(method) ? ApiPermissionLevels.Add
        : HttpMethods.IsPut(method) || HttpMethods.IsPatch(method) ? ApiPermissionLevels.Edit
        : HttpMethods.IsDelete(method) ? ApiPermissionLevels.Delete
        : ApiPermissionLevels.Inquire;

    /// <summary>Whether the member may use a function at a level.</summary>
    /// <param name="member">The API member.</param>
    /// <param name="permission">The resource's function.</param>
    /// <param name="level">The level the request needs.</param>
    /// <returns>True when allowed.</returns>
    public static bool Allows(SimulatorApiMember member, ApiPermission permission, ApiPermissionLevels level) =>
        (level == ApiPermissionLevels.Inquire && permission == ApiPermission.TableSetup) || member.Has(permission, level);

    /// <summary>Throws ConnectWise's 403 when the member may not use the function at the level.</summary>
    /// <param name="member">The API member.</param>
    /// <param name="permission">The resource's function.</param>
    /// <param name="level">The level the request needs.</param>
    public static void Demand(SimulatorApiMember member, ApiPermission permission, ApiPermissionLevels level)
    {
        if (!Allows(member, permission, level))
        {
            throw Forbidden();
        }
    }

    /// <summary>ConnectWise's 403.</summary>
    /// <returns>The error.</returns>
    public static ApiErrorException Forbidden() => new(403, "Security", Message);
}
