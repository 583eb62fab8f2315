namespace Bss.IntegrationFramework.Host.Web;

/// <summary>How the settings pages are served.</summary>
internal sealed record WebAppOptions
{
    /// <summary>The address the pages listen on by default.</summary>
    public const string DefaultUrl = "http://127.0.0.1:5080";

    /// <summary>Gets the address to listen on; only loopback addresses are accepted (the pages have no sign-in).</summary>
    public string Url { get; init; } = DefaultUrl;

    /// <summary>Gets a value indicating whether to start the embedded ConnectWise simulator and offer it as the site.</summary>
    public bool Simulator { get; init; }
}
