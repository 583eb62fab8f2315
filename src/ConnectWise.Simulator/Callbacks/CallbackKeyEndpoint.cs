using System.Text.Json.Nodes;
using ConnectWise.Simulator.Api;
using Microsoft.AspNetCore.Http;

namespace ConnectWise.Simulator.Callbacks;

/// <summary>
/// <c>GET /{codebase}system/callbackkey/index.rails?companyName=…&amp;id=…</c>: the callbacks' signing key as
/// <c>{"signing_key":"…"}</c> (the shape nango and amp-labs read; the path is the one in amp-labs' recorded callback).
/// It is outside <c>apis/3.0</c> and asks for no credentials (nango fetches it without any); an unknown id is a 404.
/// </summary>
internal static class CallbackKeyEndpoint
{
    public const string Route = "system/callbackkey/index.rails";

    public static ApiResult Answer(HttpRequest request, SimulatorOptions options, CallbackSigningKey key)
    {
        var company = request.Query["companyName"].ToString();
        var id = request.Query["id"].ToString();
        if (!string.Equals(id, key.Id, StringComparison.Ordinal) || !string.Equals(company, options.CompanyId, StringComparison.OrdinalIgnoreCase))
        {
            throw ApiErrorException.NotFound("No callback key has that id.");
        }

        return new ApiResult(200, new JsonObject { ["signing_key"] = key.Current });
    }
}
