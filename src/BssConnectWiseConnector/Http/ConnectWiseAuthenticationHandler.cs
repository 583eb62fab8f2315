using System.Net.Http.Headers;

namespace BssConnectWiseConnector.Http;

/// <summary>Adds the credentials, the clientId, the pinned API version and the User-Agent to every request.</summary>
internal sealed class ConnectWiseAuthenticationHandler : DelegatingHandler
{
    private static readonly ProductInfoHeaderValue UserAgent = new(ConnectWiseDefaults.ProductName, ConnectWiseDefaults.Version);
    private static readonly MediaTypeWithQualityHeaderValue Accept = MediaTypeWithQualityHeaderValue.Parse(ConnectWiseDefaults.MediaType);
    private readonly ConnectWiseCredentials _credentials;

    /// <summary>Initializes a new instance of the <see cref="ConnectWiseAuthenticationHandler"/> class.</summary>
    /// <param name="credentials">The credentials to add.</param>
    public ConnectWiseAuthenticationHandler(ConnectWiseCredentials credentials)
    {
        _credentials = credentials;
    }

    /// <inheritdoc />
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);

        // companyinfo is public and must not receive the keys.
        if (!IsCompanyInfo(request.RequestUri))
        {
            request.Headers.Authorization = _credentials.CreateAuthorization();
            request.Headers.Remove(ConnectWiseHeaderNames.ClientId);
            request.Headers.TryAddWithoutValidation(ConnectWiseHeaderNames.ClientId, _credentials.ClientIdHeaderValue);
            request.Headers.Accept.Clear();
            request.Headers.Accept.Add(Accept);
        }

        request.Headers.UserAgent.Clear();
        request.Headers.UserAgent.Add(UserAgent);
        return base.SendAsync(request, cancellationToken);
    }

    private static bool IsCompanyInfo(Uri? uri) =>
        uri is not null && uri.AbsolutePath.Contains("/login/companyinfo/", StringComparison.OrdinalIgnoreCase);
}
