namespace ConnectWise.Simulator;

/// <summary>One request the simulator answered.</summary>
/// <param name="Method">The HTTP method, upper case.</param>
/// <param name="Path">The request path, e.g. <c>/v4_6_release/apis/3.0/company/companies</c>.</param>
/// <param name="Query">The raw query string including its leading "?", or empty.</param>
/// <param name="Status">The status code answered (the one set before an injected connection drop).</param>
/// <param name="Timestamp">When the request arrived, on the simulator's clock.</param>
public sealed record RequestLogEntry(string Method, string Path, string Query, int Status, DateTimeOffset Timestamp)
{
    /// <summary>Whether the connection was dropped instead of completing the response.</summary>
    public bool Aborted { get; init; }

    /// <summary>
    /// Whether the request can change data: POST, PUT, PATCH or DELETE, except a POST of <c>system/bundles</c>, which
    /// carries GET requests only (the simulator answers nothing else in a bundle), so it reads.
    /// </summary>
    public bool IsWrite => Method is "POST" or "PUT" or "PATCH" or "DELETE" && !IsBundle;

    private bool IsBundle => Method == "POST" && Path.EndsWith("/system/bundles", StringComparison.OrdinalIgnoreCase);
}
