namespace BssConnectWiseConnector;

/// <summary>Fixed facts of the ConnectWise Manage API and the connector's defaults.</summary>
public static class ConnectWiseDefaults
{
    /// <summary>The API schema version the connector is built and tested against.</summary>
    public const string ApiVersion = "2026.4";

    /// <summary>The media type that pins <see cref="ApiVersion"/>.</summary>
    public const string MediaType = "application/vnd.connectwise.com+json; version=" + ApiVersion;

    /// <summary>The largest page ConnectWise serves.</summary>
    public const int MaxPageSize = 1000;

    /// <summary>The page size ConnectWise uses when none is asked for.</summary>
    public const int DefaultPageSize = 25;

    /// <summary>Requests one instance keeps in flight at most.</summary>
    public const int DefaultMaxConcurrency = 8;

    /// <summary>Requests one instance sends per minute at most; ConnectWise throttles above about 1000.</summary>
    public const int DefaultRequestsPerMinute = 600;

    /// <summary>URLs longer than this are split into several requests; ConnectWise documents about 2000.</summary>
    public const int MaxUrlLength = 1900;

    /// <summary>The connector's name as sent in User-Agent.</summary>
    public const string ProductName = "BssConnectWiseConnector";

    /// <summary>Gets the connector's version.</summary>
    public static string Version { get; } =
        typeof(ConnectWiseDefaults).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";
}
