using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace ConnectWise.Simulator.Api;

/// <summary>
/// <c>GET /login/companyinfo/{companyId}</c>: the unauthenticated lookup clients use to find the codebase. An
/// unknown company gets the body <c>null</c>, as ConnectWise answers.
/// </summary>
internal static class CompanyInfoEndpoint
{
    public const string PathPrefix = "/login/companyinfo/";
    public const string VersionNumber = "v4.6.92104";

    /// <summary>The build number after the version in <c>system/info</c>'s <c>version</c>.</summary>
    public const string Build = "92104";

    public static ApiResult Answer(HttpRequest request, SimulatorOptions options)
    {
        var companyId = Uri.UnescapeDataString(request.Path.Value![PathPrefix.Length..].Trim('/'));
        if (!string.Equals(companyId, options.CompanyId, StringComparison.OrdinalIgnoreCase))
        {
            return new ApiResult(200, null);
        }

        return new ApiResult(200, new JsonObject
        {
            ["CompanyName"] = options.CompanyName,
            ["Codebase"] = options.CodebaseSegment,
            ["VersionCode"] = "v" + options.ServerVersion,
            ["VersionNumber"] = VersionNumber,
            ["CompanyID"] = options.CompanyId,
            ["IsCloud"] = false,
            ["SiteUrl"] = request.Host.Value,
        });
    }
}
