using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace ConnectWise.Simulator.Api;

/// <summary>
/// Refuses a request whose <c>Accept</c> header (<c>application/vnd.connectwise.com+json; version=2026.4</c>, the
/// Developer Guide) asks for a version newer than the site's <see cref="SimulatorOptions.ServerVersion"/>, with the
/// body ConnectWise sends (connectwise-rest issue #35): <c>{"code":"ConnectWiseApi","message":"The HTTP resource that
/// matches the request URI '…' does not support the API version '2021.1'."}</c>. The status is not stated there; the
/// message is ASP.NET API Versioning's, which answers it with 400. A request naming no version is served at the site's.
/// </summary>
internal static class ApiVersionCheck
{
    private const string VersionParameter = "version=";

    public static void Check(HttpRequest request, SimulatorOptions options)
    {
        var asked = AskedVersion(request);
        if (asked is null || !TryParse(asked, out var wanted) || !TryParse(options.ServerVersion, out var server) || wanted.CompareTo(server) <= 0)
        {
            return;
        }

        var uri = $"{request.Scheme}://{request.Host}{request.Path}";
        throw new ApiErrorException(400, "ConnectWiseApi", $"The HTTP resource that matches the request URI '{uri}' does not support the API version '{asked}'.");
    }

    private static string? AskedVersion(HttpRequest request)
    {
        foreach (var accept in request.Headers.Accept)
        {
            foreach (var part in (accept ?? "").Split([',', ';'], StringSplitOptions.TrimEntries))
            {
                if (part.StartsWith(VersionParameter, StringComparison.OrdinalIgnoreCase))
                {
                    return part[VersionParameter.Length..].Trim('"');
                }
            }
        }

        return null;
    }

    private static bool TryParse(string text, out (int Year, int Release) version)
    {
        var parts = text.TrimStart('v', 'V').Split('.');
        version = default;
        if (parts.Length < 2 || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var release))
        {
            return false;
        }

        version = (year, release);
        return true;
    }
}
