using System.Globalization;
using System.Text.RegularExpressions;
using BssConnectWiseConnector.Clients;

namespace BssConnectWiseConnector.Diagnostics.Conformance;

/// <summary>Conformance checks of the site as a whole: its version, and what no request can show.</summary>
internal static partial class SiteChecks
{
    /// <summary>The server's version against the version the connector pins.</summary>
    /// <param name="run">The run.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>A task that completes when the row is added.</returns>
    public static async Task VersionAsync(ConformanceContext run, CancellationToken cancellationToken)
    {
        var assumption = $"The server supports API version {ConnectWiseDefaults.ApiVersion}, the one the connector pins";
        var answer = await run.GetAsync(ApiRoutes.SystemInfo, null, cancellationToken).ConfigureAwait(false);
        var version = (string?)answer.Body?["version"];
        version ??= $"none ({answer.Describe()})";
        var server = Parse(version);
        var source = $"system/info: version {version}";
        if (server is null)
        {
            // system/info's version is "v{year}.{release}.{build}" on current servers; companyinfo's VersionCode says it too.
            var info = await run.Http.GetFromRootAsync(ApiRoutes.CompanyInfo(run.Settings.CompanyId), cancellationToken).ConfigureAwait(false);
            if ((string?)info.Body?["VersionCode"] is { } code && Parse(code) is { } fromCompanyInfo)
            {
                server = fromCompanyInfo;
                source = $"login/companyinfo: version {code} (system/info says '{version}')";
            }
        }

        var pinned = Parse(ConnectWiseDefaults.ApiVersion)!;
        if (server is null)
        {
            run.CouldNotTest(assumption, $"neither system/info ('{version}') nor login/companyinfo gave a version of the form year.release.");
        }
        else if (server >= pinned)
        {
            run.Held(assumption, source + ".");
        }
        else
        {
            run.Differs(assumption, $"{source}, older than {ConnectWiseDefaults.ApiVersion}.",
                $"The connector reads the server's version and sends the lower of the two; on this server company identifiers are limited to 30 characters and names to 50. Nothing to set.");
        }
    }

    /// <summary>The one permission name no source confirmed.</summary>
    /// <param name="run">The run.</param>
    public static void SalesOrdersFunction(ConformanceContext run) =>
        run.CouldNotTest(
            "The security-role function that grants sales/orders is named \"Sales > Sales Orders\"",
            "No request shows which function granted a read; check the name in System > Security Roles of the API member's role.");

    private static Version? Parse(string text)
    {
        var match = VersionPattern().Match(text);
        return match.Success
            ? new Version(int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture))
            : null;
    }

    [GeneratedRegex(@"(\d{4})\.(\d+)")]
    private static partial Regex VersionPattern();
}
