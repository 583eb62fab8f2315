using Bss.IntegrationFramework.Host.Instances;
using Bss.IntegrationFramework.Host.Web.Pages;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Bss.IntegrationFramework.Host.Web;

/// <summary>The check page: runs the preflight, or the conformance checks on a sandbox, on request.</summary>
internal static class CheckEndpoints
{
    /// <summary>Maps the endpoints.</summary>
    /// <param name="routes">The routes.</param>
    public static void Map(IEndpointRouteBuilder routes)
    {
        routes.MapGet("/instances/{name}/check", ShowAsync);
        routes.MapPost("/instances/{name}/check", RunAsync);
        routes.MapPost("/instances/{name}/check/conformance", RunConformanceAsync);
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

    // A refusal (the site is not known to be a sandbox) is shown on the Check page beside the form, not as an error page,
    // so the administrator can tick the box and run again.
    private static async Task<IResult> RunConformanceAsync(HttpContext http, HostServices services, string name)
    {
        var instance = await services.Instances.GetAsync(name, http.RequestAborted).ConfigureAwait(false);
        var form = await http.Request.ReadFormAsync(http.RequestAborted).ConfigureAwait(false);
        var sandbox = form.ContainsKey("sandbox");
        try
        {
            var report = await new InstanceConformance(services).RunAsync(instance.Name, sandbox, http.RequestAborted).ConfigureAwait(false);
            return PageResults.Page<CheckPage>(new Dictionary<string, object?> { [nameof(CheckPage.Instance)] = instance.Name, [nameof(CheckPage.Conformance)] = report });
        }
        catch (HostException e)
        {
            return PageResults.Page<CheckPage>(
                new Dictionary<string, object?> { [nameof(CheckPage.Instance)] = instance.Name, [nameof(CheckPage.ConformanceRefusal)] = e.Message, [nameof(CheckPage.SandboxConfirmed)] = sandbox },
                StatusCodes.Status400BadRequest);
        }
    }

    private static IResult Page(string instance, CheckReport? report) =>
        PageResults.Page<CheckPage>(new Dictionary<string, object?> { [nameof(CheckPage.Instance)] = instance, [nameof(CheckPage.Report)] = report });
}
