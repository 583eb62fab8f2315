using System.Net;

namespace BssConnectWiseConnector.Http.Errors;

/// <summary>
/// An error answer from ConnectWise, shaped like its error body. Subclasses exist only where callers branch.
/// The message and raw body never contain the credentials.
/// </summary>
public class ConnectWiseApiException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="ConnectWiseApiException"/> class.</summary>
    public ConnectWiseApiException()
        : this("ConnectWise answered with an error.")
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ConnectWiseApiException"/> class.</summary>
    /// <param name="message">The message.</param>
    public ConnectWiseApiException(string message)
        : base(message)
    {
        Errors = [];
    }

    /// <summary>Initializes a new instance of the <see cref="ConnectWiseApiException"/> class.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public ConnectWiseApiException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = [];
    }

    /// <summary>Initializes a new instance of the <see cref="ConnectWiseApiException"/> class.</summary>
    /// <param name="info">What ConnectWise answered.</param>
    public ConnectWiseApiException(ConnectWiseErrorInfo info)
        : base(info?.Describe())
    {
        ArgumentNullException.ThrowIfNull(info);
        StatusCode = info.StatusCode;
        Code = info.Code;
        ApiMessage = info.Message;
        Errors = info.Errors;
        Method = info.Method;
        Path = info.Path;
        RawBody = info.RawBody;
    }

    /// <summary>Gets the HTTP status.</summary>
    public HttpStatusCode StatusCode { get; }

    /// <summary>Gets ConnectWise's error code, such as <c>InvalidObject</c>.</summary>
    public string? Code { get; }

    /// <summary>Gets ConnectWise's message.</summary>
    public string? ApiMessage { get; }

    /// <summary>Gets the field errors.</summary>
    public IReadOnlyList<ConnectWiseErrorDetail> Errors { get; }

    /// <summary>Gets the request method.</summary>
    public string? Method { get; }

    /// <summary>Gets the request path, relative to the API base, without the query.</summary>
    public string? Path { get; }

    /// <summary>Gets the start of the raw body, truncated.</summary>
    public string? RawBody { get; }

    /// <summary>The code of the error the connection raises for a redirect it did not follow.</summary>
    public const string RedirectCode = "Redirect";

    /// <summary>
    /// Gets a value indicating whether ConnectWise answered with a redirect the connection did not follow: a write
    /// answered so may have been applied, so its record is looked up by key before any new attempt.
    /// </summary>
    public bool IsRedirect => string.Equals(Code, RedirectCode, StringComparison.Ordinal);

    /// <summary>Gets a value indicating whether a field error says the record already exists.</summary>
    public bool IsObjectExists =>
        string.Equals(Code, "ObjectExists", StringComparison.OrdinalIgnoreCase)
        || Errors.Any(e => string.Equals(e.Code, "ObjectExists", StringComparison.OrdinalIgnoreCase));
}
