using Bss.IntegrationFramework.Host.Instances;
using Bss.IntegrationFramework.Host.Web.Pages;
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
        return Page(instance.Name, null);
    }

    private static async Task<IResult> RunAsync(HttpContext http, HostServices services, string name)
    {
        var instance = await services.Instances.GetAsync(name, http.RequestAborted).ConfigureAwait(false);
        var report = await new InstanceCheck(services).RunAsync(instance.Name, http.RequestAborted).ConfigureAwait(false);
        return Page(instance.Name, report);
    }

    private static IResult Page(string instance, CheckReport? report) =>
        PageResults.Page<CheckPage>(new Dictionary<string, object?> { [nameof(CheckPage.Instance)] = instance, [nameof(CheckPage.Report)] = report });
}
