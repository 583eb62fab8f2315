using Bss.IntegrationFramework.Host.Instances;
using Bss.IntegrationFramework.Host.Web.Pages;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Bss.IntegrationFramework.Host.Web;

/// <summary>The instances page: list, activate, open.</summary>
internal static class InstancesEndpoints
{
    /// <summary>Maps the endpoints.</summary>
    /// <param name="routes">The routes.</param>
    public static void Map(IEndpointRouteBuilder routes)
    {
        routes.MapGet("/", ListAsync);
        routes.MapPost("/instances", ActivateAsync);
        routes.MapGet("/instances/{name}", (string name) => Results.Redirect(PageResults.PathOf(name, "settings")));
    }

    private static async Task<IResult> ListAsync(HttpContext http, HostServices services)
    {
        var instances = await services.Instances.ListAsync(http.RequestAborted).ConfigureAwait(false);
        return Page(services, instances, null, null);
    }

    private static async Task<IResult> ActivateAsync(HttpContext http, HostServices services)
    {
        var form = await http.Request.ReadFormAsync(http.RequestAborted).ConfigureAwait(false);
        var name = form["name"].ToString().Trim();
        var connector = form["connector"].ToString();
        try
        {
            var instance = await new InstanceActivation(services).ActivateAsync(name, string.IsNullOrEmpty(connector) ? null : connector, http.RequestAborted).ConfigureAwait(false);
            return Results.Redirect(PageResults.PathOf(instance.Name, "settings"), permanent: false);
        }
        catch (HostException ex)
        {
            var instances = await services.Instances.ListAsync(http.RequestAborted).ConfigureAwait(false);
            return Page(services, instances, name, ex.Message);
        }
    }

    private static IResult Page(HostServices services, IReadOnlyList<Storage.InstanceInfo> instances, string? name, string? error) =>
        PageResults.Page<InstancesPage>(
            new Dictionary<string, object?>
            {
                [nameof(InstancesPage.Instances)] = instances,
                [nameof(InstancesPage.ConnectorKeys)] = services.Catalog.Connectors.Select(c => c.Key).ToList(),
                [nameof(InstancesPage.Name)] = name,
                [nameof(InstancesPage.Error)] = error,
            },
            error is null ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest);
}
