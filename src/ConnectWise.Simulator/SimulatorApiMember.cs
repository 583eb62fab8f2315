namespace ConnectWise.Simulator;

/// <summary>
/// An API member: a key pair and the security-role lines behind it. A request signed with its keys gets 403
/// when the member lacks the level the request needs (Inquire for GET, Add for POST, Edit for PUT/PATCH,
/// Delete for DELETE) on the resource's function.
/// </summary>
public sealed class SimulatorApiMember
{
    /// <summary>The member's login id, recorded as <c>_info.updatedBy</c> on its writes.</summary>
    public string Identifier { get; set; } = "ApiMember";

    /// <summary>The member's public key.</summary>
    public string PublicKey { get; set; } = "";

    /// <summary>The member's private key.</summary>
    public string PrivateKey { get; set; } = "";

    /// <summary>The security-role lines the member holds at every level (Add, Edit, Delete and Inquire).</summary>
    public ISet<ApiPermission> Permissions { get; } = new HashSet<ApiPermission>();

    /// <summary>Security-role lines held at some levels only, e.g. Company Maintenance at Inquire.</summary>
    public IDictionary<ApiPermission, ApiPermissionLevels> Levels { get; } = new Dictionary<ApiPermission, ApiPermissionLevels>();

    /// <summary>Creates a member with a key pair and the given permissions, each at every level.</summary>
    /// <param name="identifier">The member's login id.</param>
    /// <param name="publicKey">The public key.</param>
    /// <param name="privateKey">The private key.</param>
    /// <param name="permissions">The security-role lines it holds.</param>
    /// <returns>The member.</returns>
    public static SimulatorApiMember Create(string identifier, string publicKey, string privateKey, params IEnumerable<ApiPermission> permissions)
    {
        var member = new SimulatorApiMember { Identifier = identifier, PublicKey = publicKey, PrivateKey = privateKey };
        foreach (var permission in permissions)
        {
            member.Permissions.Add(permission);
        }

        return member;
    }

    /// <summary>Grants a security-role line at some levels, adding to what the member already holds.</summary>
    /// <param name="permission">The security-role line.</param>
    /// <param name="levels">The levels granted.</param>
    /// <returns>This member, for chaining.</returns>
    public SimulatorApiMember Grant(ApiPermission permission, ApiPermissionLevels levels)
    {
        Levels[permission] = (Levels.TryGetValue(permission, out var held) ? held : ApiPermissionLevels.None) | levels;
        return this;
    }

    /// <summary>The levels the member holds on a security-role line.</summary>
    /// <param name="permission">The security-role line.</param>
    /// <returns>The levels; <see cref="ApiPermissionLevels.None"/> when it holds none.</returns>
    public ApiPermissionLevels LevelsOf(ApiPermission permission) =>
        Permissions.Contains(permission) ? ApiPermissionLevels.All
        : Levels.TryGetValue(permission, out var levels) ? levels : ApiPermissionLevels.None;

    /// <summary>Whether the member holds a permission at least at the Inquire level.</summary>
    /// <param name="permission">The security-role line.</param>
    /// <returns>True when it may read.</returns>
    public bool Has(ApiPermission permission) => Has(permission, ApiPermissionLevels.Inquire);

    /// <summary>Whether the member holds a permission at a level.</summary>
    /// <param name="permission">The security-role line.</param>
    /// <param name="level">The level a request needs.</param>
    /// <returns>True when granted.</returns>
    public bool Has(ApiPermission permission, ApiPermissionLevels level) => (LevelsOf(permission) & level) == level;
}
