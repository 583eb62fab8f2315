using Newtonsoft.Json;

namespace BssConnectWiseConnector.Http.Errors;

/// <summary>The body ConnectWise answers errors with.</summary>
internal sealed record ConnectWiseErrorBody
{
    /// <summary>Gets the error code, such as <c>InvalidObject</c>.</summary>
    [JsonProperty("code")]
    public string? Code { get; init; }

    /// <summary>Gets the message.</summary>
    [JsonProperty("message")]
    public string? Message { get; init; }

    /// <summary>Gets the field errors.</summary>
    [JsonProperty("errors")]
    public IReadOnlyList<ConnectWiseErrorDetail>? Errors { get; init; }
}
