namespace ConnectWise.Simulator;

/// <summary>
/// An API member: a key pair and the security-role permissions behind it. A request signed with its keys
/// gets 403 on any resource whose permission is not in <see cref="Permissions"/>.
/// </summary>
public sealed class SimulatorApiMember
{
    /// <summary>The member's login id, recorded as <c>_info.updatedBy</c> on its writes.</summary>
    public string Identifier { get; set; } = "ApiMember";

    /// <summary>The member's public key.</summary>
    public string PublicKey { get; set; } = "";

    /// <summary>The member's private key.</summary>
    public string PrivateKey { get; set; } = "";

    /// <summary>The security-role lines the member holds.</summary>
    public ISet<ApiPermission> Permissions { get; } = new HashSet<ApiPermission>();

    /// <summary>Creates a member with a key pair and the given permissions.</summary>
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

    /// <summary>Whether the member holds a permission.</summary>
    /// <param name="permission">The security-role line.</param>
    /// <returns>True when granted.</returns>
    public bool Has(ApiPermission permission) => Permissions.Contains(permission);
}
