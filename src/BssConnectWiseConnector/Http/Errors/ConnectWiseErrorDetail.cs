using Newtonsoft.Json;

namespace BssConnectWiseConnector.Http.Errors;

/// <summary>One entry of the <c>errors</c> array of a ConnectWise error body.</summary>
public sealed record ConnectWiseErrorDetail
{
    /// <summary>Gets the error code, such as <c>ObjectExists</c> or <c>NullOrEmpty</c>.</summary>
    [JsonProperty("code")]
    public string? Code { get; init; }

    /// <summary>Gets the message.</summary>
    [JsonProperty("message")]
    public string? Message { get; init; }

    /// <summary>Gets the resource, such as <c>company</c>.</summary>
    [JsonProperty("resource")]
    public string? Resource { get; init; }

    /// <summary>Gets the field, such as <c>identifier</c>.</summary>
    [JsonProperty("field")]
    public string? Field { get; init; }
}
