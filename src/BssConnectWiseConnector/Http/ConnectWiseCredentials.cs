using System.Net.Http.Headers;
using System.Text;
using BssConnectWiseConnector.Settings;

namespace BssConnectWiseConnector.Http;

/// <summary>The API member's credentials as ConnectWise expects them on every call.</summary>
internal sealed class ConnectWiseCredentials
{
    private readonly string _basicParameter;

    /// <summary>Initializes a new instance of the <see cref="ConnectWiseCredentials"/> class.</summary>
    /// <param name="companyId">The company id.</param>
    /// <param name="publicKey">The public key.</param>
    /// <param name="privateKey">The private key.</param>
    /// <param name="clientId">The clientId.</param>
    public ConnectWiseCredentials(string companyId, string publicKey, string privateKey, Guid clientId)
    {
        _basicParameter = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{companyId}+{publicKey}:{privateKey}"));
        ClientIdHeaderValue = clientId.ToString("D");
    }

    /// <summary>Gets the value of the <c>clientId</c> header.</summary>
    public string ClientIdHeaderValue { get; }

    /// <summary>Creates the credentials of settings.</summary>
    /// <param name="settings">The settings.</param>
    /// <returns>The credentials.</returns>
    public static ConnectWiseCredentials From(ConnectWiseSettings settings) =>
        new(settings.CompanyId, settings.PublicKey, settings.PrivateKey, settings.ClientId);

    /// <summary>Creates the <c>Authorization</c> header value.</summary>
    /// <returns>Basic base64("{CompanyId}+{PublicKey}:{PrivateKey}").</returns>
    public AuthenticationHeaderValue CreateAuthorization() => new("Basic", _basicParameter);

    /// <inheritdoc />
    public override string ToString() => "ConnectWiseCredentials { *** }";
}
