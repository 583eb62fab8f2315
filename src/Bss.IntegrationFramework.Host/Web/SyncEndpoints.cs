using System.Globalization;
using Bss.IntegrationFramework.Host.Sync;
using Bss.IntegrationFramework.Host.Web.Pages;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Bss.IntegrationFramework.Host.Web;

/// <summary>The sync page: sync now or dry run, and the progress endpoint its script polls.</summary>
internal static class SyncEndpoints
{
    /// <summary>Maps the endpoints.</summary>
    /// <param name="routes">The routes.</param>
    public static void Map(IEndpointRouteBuilder routes)
    {
        routes.MapGet("/instances/{name}/sync", ShowAsync);
        routes.MapPost("/instances/{name}/sync", StartAsync);
        routes.MapGet("/instances/{name}/sync/progress.json", Progress);
    }

    private static async Task<IResult> ShowAsync(HttpContext http, HostServices services, SyncJobs jobs, string name)
    {
        var instance = await services.Instances.GetAsync(name, http.RequestAborted).ConfigureAwait(false);
        var manifest = services.Catalog.GetManifest(instance.Connector);
        var job = long.TryParse(http.Request.Query["job"], NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? jobs.Find(id) : null;
        var snapshot = job is not null && string.Equals(job.Instance, instance.Name, StringComparison.OrdinalIgnoreCase) ? job.Snapshot() : null;
        return PageResults.Page<SyncPage>(new Dictionary<string, object?> { [nameof(SyncPage.Instance)] = instance.Name, [nameof(SyncPage.Manifest)] = manifest, [nameof(SyncPage.Job)] = snapshot });
    }

    private static async Task<IResult> StartAsync(HttpContext http, HostServices services, SyncJobs jobs, string name)
    {
        var instance = await services.Instances.GetAsync(name, http.RequestAborted).ConfigureAwait(false);
        var form = await http.Request.ReadFormAsync(http.RequestAborted).ConfigureAwait(false);
        var modules = form["module"].Where(m => !string.IsNullOrEmpty(m)).Select(m => m!).ToList();
        if (modules.Count == 0)
        {
            throw new HostException("Choose at least one module to sync.");
        }

        var job = jobs.Start(new SyncRequest
        {
            InstanceName = instance.Name,
            Modules = modules,
            Direction = form["direction"].ToString() switch { "pull" => SyncDirection.Pull, "both" => SyncDirection.Both, _ => SyncDirection.Push },
            DryRun = form["mode"] == "dry",
            Full = form.ContainsKey("full"),
        });
        return Results.Redirect(PageResults.PathOf(instance.Name, "sync") + "?job=" + job.Id.ToString(CultureInfo.InvariantCulture));
    }

    private static IResult Progress(HttpContext http, SyncJobs jobs, string name)
    {
        var job = long.TryParse(http.Request.Query["job"], NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? jobs.Find(id) : null;
        return job is not null && string.Equals(job.Instance, name, StringComparison.OrdinalIgnoreCase)
            ? Results.Json(job.Snapshot())
            : Results.Json(new { error = "No such sync; start one from the Sync page." }, statusCode: StatusCodes.Status404NotFound);
    }
}
