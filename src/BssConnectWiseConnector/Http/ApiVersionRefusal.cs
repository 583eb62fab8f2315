using BssConnectWiseConnector.Http.Errors;

namespace BssConnectWiseConnector.Http;

/// <summary>
/// ConnectWise's answer to a version an endpoint does not serve (connectwise-rest issue #35):
/// <c>{"code":"ConnectWiseApi","message":"The HTTP resource that matches the request URI '…' does not support the API
/// version '2021.1'."}</c>, recognised by its code and message whatever the status.
/// </summary>
internal static class ApiVersionRefusal
{
    private const string Phrase = "does not support the API version";

    /// <summary>Whether an error is that answer.</summary>
    /// <param name="error">The mapped error.</param>
    /// <returns>Whether ConnectWise refused the version.</returns>
    public static bool Matches(ConnectWiseApiException error) =>
        error is not null
        && string.Equals(error.Code, "ConnectWiseApi", StringComparison.OrdinalIgnoreCase)
        && (error.ApiMessage ?? string.Empty).Contains(Phrase, StringComparison.OrdinalIgnoreCase);

    /// <summary>The error that tells the administrator what to do; a settings problem, not one of the record.</summary>
    /// <param name="error">The refusal.</param>
    /// <param name="sent">The version that was refused.</param>
    /// <param name="server">The site's version, if it reported one.</param>
    /// <returns>The error.</returns>
    public static ConnectWiseSiteException ToSiteError(ConnectWiseApiException error, ApiVersion sent, ApiVersion? server)
    {
        ArgumentNullException.ThrowIfNull(error);
        var reported = server is { } known ? $"reports version {known}" : "did not report its version (login/companyinfo, system/info)";
        return new ConnectWiseSiteException(
            $"ConnectWise refused API version {sent} for {error.Method} {error.Path}: the site {reported} and does not serve {sent} there. "
                + $"The connector is built for ConnectWise {ApiVersion.Pinned} and asks older sites for their own version. "
                + "Check that the ConnectWise URL is this site's, and ask the ConnectWise administrator which version the site runs and to bring it up to a current release.",
            error);
    }
}
