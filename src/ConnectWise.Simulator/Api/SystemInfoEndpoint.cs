using System.Text.Json.Nodes;

namespace ConnectWise.Simulator.Api;

/// <summary>
/// <c>GET system/info</c>: the version and licence facts clients read to check their credentials. <c>version</c> is
/// "v{year}.{release}.{build}": PowerShell ConnectWiseManageAPI's Connect-CWM takes its major.minor as the API version
/// to send when none is given.
/// </summary>
internal static class SystemInfoEndpoint
{
    public const string Route = "system/info";

    public static ApiResult Answer(SimulatorOptions options) => new(200, new JsonObject
    {
        ["version"] = $"v{options.ServerVersion}.{CompanyInfoEndpoint.Build}",
        ["isCloud"] = false,
        ["serverTimeZone"] = "Eastern Standard Time",
        ["licenseBits"] = new JsonArray(
            new JsonObject { ["name"] = "Agreements", ["activeFlag"] = true },
            new JsonObject { ["name"] = "Procurement", ["activeFlag"] = true },
            new JsonObject { ["name"] = "Sales", ["activeFlag"] = true }),
        ["maxWorkFlowRecordsAllowed"] = 500,
    });
}
