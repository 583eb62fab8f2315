using System.Net.Http.Headers;

namespace BssConnectWiseConnector.Http;

/// <summary>
/// Adds the credentials, the clientId, the API version and the User-Agent to every request. The version is the one the
/// request carries in <see cref="ApiVersionNegotiator.OptionKey"/> (empty: the media type without a version), else the
/// pinned one.
/// </summary>
internal sealed class ConnectWiseAuthenticationHandler : DelegatingHandler
{
    private static readonly ProductInfoHeaderValue UserAgent = new(ConnectWiseDefaults.ProductName, ConnectWiseDefaults.Version);
    private const string UnversionedMediaType = "application/vnd.connectwise.com+json";
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
            request.Headers.Accept.Add(MediaTypeWithQualityHeaderValue.Parse(MediaType(request)));
        }

        request.Headers.UserAgent.Clear();
        request.Headers.UserAgent.Add(UserAgent);
        return base.SendAsync(request, cancellationToken);
    }

    private static string MediaType(HttpRequestMessage request) =>
        request.Options.TryGetValue(ApiVersionNegotiator.OptionKey, out var version)
            ? (string.IsNullOrEmpty(version) ? UnversionedMediaType : UnversionedMediaType + "; version=" + version)
            : ConnectWiseDefaults.MediaType;

    private static bool IsCompanyInfo(Uri? uri) =>
        uri is not null && uri.AbsolutePath.Contains("/login/companyinfo/", StringComparison.OrdinalIgnoreCase);
}
