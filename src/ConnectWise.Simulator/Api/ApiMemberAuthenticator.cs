using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace ConnectWise.Simulator.Api;

/// <summary>
/// Checks ConnectWise API-member authentication: the <c>clientId</c> header and
/// <c>Authorization: Basic base64("{companyId}+{publicKey}:{privateKey}")</c>. Failure messages never repeat
/// what the caller sent.
/// </summary>
internal static class ApiMemberAuthenticator
{
    public const string DefaultMemberIdentifier = "ApiMember";

    public static SimulatorApiMember Authenticate(HttpRequest request, SimulatorOptions options)
    {
        var clientId = (string?)request.Headers["clientId"];
        if (string.IsNullOrWhiteSpace(clientId) || !string.Equals(clientId.Trim(), options.ClientId, StringComparison.OrdinalIgnoreCase))
        {
            throw ApiErrorException.Unauthorized(
                "A valid clientId header is required for all API calls made by your integration. "
                + "Register a clientId on the ConnectWise Developer Network.");
        }

        var header = (string?)request.Headers.Authorization;
        if (header is null || !header.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase))
        {
            throw ApiErrorException.Unauthorized("Authentication is required: send Basic credentials of an API member.");
        }

        if (!TryDecode(header["Basic ".Length..].Trim(), out var company, out var publicKey, out var privateKey))
        {
            throw ApiErrorException.Unauthorized("The Basic credentials are not in the form companyId+publicKey:privateKey.");
        }

        if (!string.Equals(company, options.CompanyId, StringComparison.OrdinalIgnoreCase))
        {
            throw ApiErrorException.Unauthorized("The company in the credentials is not this site's company.");
        }

        var member = Members(options).FirstOrDefault(candidate =>
            string.Equals(candidate.PublicKey, publicKey, StringComparison.Ordinal)
            && SameSecret(candidate.PrivateKey, privateKey));
        return member ?? throw ApiErrorException.Unauthorized("Incorrect public/private key.");
    }

    /// <summary>The default member (every permission) followed by the configured ones.</summary>
    public static IEnumerable<SimulatorApiMember> Members(SimulatorOptions options)
    {
        var defaultMember = new SimulatorApiMember
        {
            Identifier = DefaultMemberIdentifier,
            PublicKey = options.PublicKey,
            PrivateKey = options.PrivateKey,
        };
        foreach (var permission in ApiPermission.All)
        {
            defaultMember.Permissions.Add(permission);
        }

        return [defaultMember, .. options.ApiMembers];
    }

    private static bool TryDecode(string encoded, out string company, out string publicKey, out string privateKey)
    {
        company = publicKey = privateKey = "";
        string decoded;
        try
        {
            decoded = Encoding.UTF8.GetString(Convert.FromBase64String(encoded));
        }
        catch (FormatException)
        {
            return false;
        }

        var colon = decoded.IndexOf(':', StringComparison.Ordinal);
        var plus = colon < 0 ? -1 : decoded.IndexOf('+', StringComparison.Ordinal);
        if (colon < 0 || plus < 0 || plus > colon)
        {
            return false;
        }

        company = decoded[..plus];
        publicKey = decoded[(plus + 1)..colon];
        privateKey = decoded[(colon + 1)..];
        return true;
    }

    private static bool SameSecret(string expected, string actual) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(expected), Encoding.UTF8.GetBytes(actual));
}
