using System.Net;

namespace ConnectWise.Simulator.Hosting;

/// <summary>Reads the first URL of <see cref="SimulatorOptions.Urls"/> into an address and port for Kestrel.</summary>
internal static class ListenAddress
{
    public static IPEndPoint Parse(string urls)
    {
        var first = urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault()
            ?? throw new ArgumentException("No URL to listen on.", nameof(urls));

        // "*" and "+" are Kestrel wildcards that Uri does not accept as host names.
        var normalized = first.Replace("://*", "://0.0.0.0", StringComparison.Ordinal).Replace("://+", "://0.0.0.0", StringComparison.Ordinal);
        if (!Uri.TryCreate(normalized, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttp)
        {
            throw new ArgumentException($"'{first}' is not an http:// URL to listen on.", nameof(urls));
        }

        var address = uri.Host switch
        {
            "localhost" => IPAddress.Loopback,
            _ when IPAddress.TryParse(uri.Host.Trim('[', ']'), out var parsed) => parsed,
            _ => throw new ArgumentException($"'{uri.Host}' is not an IP address or localhost.", nameof(urls)),
        };
        return new IPEndPoint(address, uri.Port);
    }
}
