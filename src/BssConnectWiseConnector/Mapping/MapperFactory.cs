using AutoMapper;
using Microsoft.Extensions.Logging;

namespace BssConnectWiseConnector.Mapping;

/// <summary>Builds the connector's AutoMapper configuration once per connector instance.</summary>
internal static class MapperFactory
{
    /// <summary>Builds a mapper with every profile of the connector.</summary>
    /// <param name="licenseKey">The AutoMapper licence key the host holds, if any.</param>
    /// <param name="loggerFactory">The logger factory AutoMapper reports its licence state to.</param>
    /// <returns>The mapper.</returns>
    public static IMapper Create(string? licenseKey, ILoggerFactory loggerFactory)
    {
        var configuration = new MapperConfiguration(
            cfg =>
            {
                if (!string.IsNullOrWhiteSpace(licenseKey))
                {
                    cfg.LicenseKey = licenseKey;
                }

                cfg.AddMaps(typeof(MapperFactory).Assembly);
            },
            loggerFactory);
        configuration.AssertConfigurationIsValid();
        return configuration.CreateMapper();
    }
}
