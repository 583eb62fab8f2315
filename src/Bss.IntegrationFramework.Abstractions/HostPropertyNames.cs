namespace Bss.IntegrationFramework;

/// <summary>Well-known names in <see cref="ConnectorContext.HostProperties"/>.</summary>
public static class HostPropertyNames
{
    /// <summary>The AutoMapper licence key the host holds, passed through to connectors that map with it.</summary>
    public const string AutoMapperLicenseKey = "AutoMapper.LicenseKey";

    /// <summary>Lets a host on loopback (tests, the demo) allow plain http to 127.0.0.1; never set in production.</summary>
    public const string AllowLoopbackHttp = "AllowLoopbackHttp";
}
