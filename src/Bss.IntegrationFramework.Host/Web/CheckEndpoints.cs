using Bss.IntegrationFramework.Host.Instances;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Bss.IntegrationFramework.Host.Web;

/// <summary>The check page: runs the preflight on request.</summary>
internal static class CheckEndpoints
{
    /// <summary>Maps the endpoints.</summary>
    /// <param name="routes">The routes.</param>
    public static void Map(IEndpointRouteBuilder routes)
    {
        routes.MapGet("/instances/{name}/check", ShowAsync);
        routes.MapPost("/instances/{name}/check", RunAsync);
    }

    private static async Task<IResult> ShowAsync(HttpContext http, HostServices services, string name)
    {
        var instance = await services.Instances.GetAsync(name, http.RequestAborted).ConfigureAwait(false);
        return PageResults.Page(http, "Check", instance.Name, "check", token => CheckPage.Render(instance.Name, null, token));
    }

    private static async Task<IResult> RunAsync(HttpContext http, HostServices services, string name)
    {
        var instance = await services.Instances.GetAsync(name, http.RequestAborted).ConfigureAwait(false);
        var report = await new InstanceCheck(services).RunAsync(instance.Name, http.RequestAborted).ConfigureAwait(false);
        return PageResults.Page(http, "Check", instance.Name, "check", token => CheckPage.Render(instance.Name, report, token));
    }
}
