using System.Net;
using System.Text;

namespace BssConnectWiseConnector.Http.Errors;

/// <summary>What ConnectWise answered to a failed request.</summary>
/// <param name="StatusCode">The HTTP status.</param>
/// <param name="Code">ConnectWise's error code.</param>
/// <param name="Message">ConnectWise's message.</param>
/// <param name="Errors">The field errors.</param>
/// <param name="Method">The request method.</param>
/// <param name="Path">The request path without the query.</param>
/// <param name="RawBody">The start of the raw body.</param>
public sealed record ConnectWiseErrorInfo(
    HttpStatusCode StatusCode,
    string? Code,
    string? Message,
    IReadOnlyList<ConnectWiseErrorDetail> Errors,
    string? Method,
    string? Path,
    string? RawBody)
{
    /// <summary>Builds the exception message.</summary>
    /// <returns>A sentence naming the request, the status, the code and every field error.</returns>
    public string Describe()
    {
        var text = new StringBuilder();
        text.Append("ConnectWise answered ").Append((int)StatusCode).Append(' ').Append(StatusCode);
        if (Method is not null)
        {
            text.Append(" to ").Append(Method).Append(' ').Append(Path);
        }

        if (!string.IsNullOrEmpty(Code))
        {
            text.Append(": ").Append(Code);
        }

        if (!string.IsNullOrEmpty(Message))
        {
            text.Append(string.IsNullOrEmpty(Code) ? ": " : " - ").Append(Message);
        }

        foreach (var error in Errors)
        {
            text.Append(" [").Append(error.Resource).Append('.').Append(error.Field).Append(' ').Append(error.Code).Append(": ").Append(error.Message).Append(']');
        }

        return text.ToString();
    }
}
