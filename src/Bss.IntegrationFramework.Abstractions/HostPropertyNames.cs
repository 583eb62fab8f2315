namespace Bss.IntegrationFramework;

/// <summary>Well-known names in <see cref="ConnectorContext.HostProperties"/>.</summary>
public static class HostPropertyNames
{
    /// <summary>The AutoMapper licence key the host holds, passed through to connectors that map with it.</summary>
    public const string AutoMapperLicenseKey = "AutoMapper.LicenseKey";

    /// <summary>
    /// Plain http is refused except to a loopback address (the embedded simulator, tests); a host sets this to
    /// <c>"false"</c> to refuse even that.
    /// </summary>
    public const string AllowLoopbackHttp = "AllowLoopbackHttp";
}
