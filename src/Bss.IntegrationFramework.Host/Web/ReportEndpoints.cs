using System.Globalization;
using Bss.IntegrationFramework.Host.Bss;
using Bss.IntegrationFramework.Host.Storage;
using Bss.IntegrationFramework.Host.Sync;
using Bss.IntegrationFramework.Host.Web.Pages;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Bss.IntegrationFramework.Host.Web;

/// <summary>The connector report page, with resync and unlink.</summary>
internal static class ReportEndpoints
{
    private const int RunsListed = 20;

    /// <summary>Maps the endpoints.</summary>
    /// <param name="routes">The routes.</param>
    public static void Map(IEndpointRouteBuilder routes)
    {
        routes.MapGet("/instances/{name}/report", ShowAsync);
        routes.MapPost("/instances/{name}/report/resync", (HttpContext http, HostServices services, string name) => ActAsync(http, services, name, resync: true));
        routes.MapPost("/instances/{name}/report/unlink", (HttpContext http, HostServices services, string name) => ActAsync(http, services, name, resync: false));
    }

    private static async Task<IResult> ShowAsync(HttpContext http, HostServices services, string name)
    {
        var instance = await services.Instances.GetAsync(name, http.RequestAborted).ConfigureAwait(false);
        return await RenderAsync(http, services, instance, ReportFilter.From(http.Request.Query), null).ConfigureAwait(false);
    }

    private static async Task<IResult> ActAsync(HttpContext http, HostServices services, string name, bool resync)
    {
        var instance = await services.Instances.GetAsync(name, http.RequestAborted).ConfigureAwait(false);
        var form = await http.Request.ReadFormAsync(http.RequestAborted).ConfigureAwait(false);
        var module = Cli.CommonArguments.CanonicalModule(form["module"].ToString());
        var bssId = form["bssId"].ToString();
        var actions = new RecordActions(services);
        var notice = resync
            ? await actions.ResyncAsync(instance, module, bssId, http.RequestAborted).ConfigureAwait(false)
            : await actions.UnlinkAsync(instance, module, bssId, http.RequestAborted).ConfigureAwait(false);
        long? run = long.TryParse(form["run"], NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;
        return await RenderAsync(http, services, instance, new ReportFilter(run, null, null, false), notice).ConfigureAwait(false);
    }

    private static async Task<IResult> RenderAsync(HttpContext http, HostServices services, InstanceInfo instance, ReportFilter filter, string? notice)
    {
        var cancellationToken = http.RequestAborted;
        var runs = await services.Runs.ListAsync(instance.Id, RunsListed, cancellationToken).ConfigureAwait(false);
        var run = filter.Run is { } id ? await services.Runs.FindAsync(id, cancellationToken).ConfigureAwait(false) : runs.Count > 0 ? runs[0] : null;
        if (run is not null && run.InstanceId != instance.Id)
        {
            throw new HostException($"Instance '{instance.Name}' has no run {run.Id}.");
        }

        ReportView view;
        if (run is null)
        {
            view = new ReportView(runs, null, [], [], new Dictionary<(string, string), string>(), filter, notice);
        }
        else
        {
            var modules = await services.Runs.GetModulesAsync(run.Id, cancellationToken).ConfigureAwait(false);
            var results = await services.Runs.GetResultsAsync(run.Id, filter.FailedOnly, cancellationToken).ConfigureAwait(false);
            var names = await BssRecordNames.LoadAsync(services.Records, modules.Select(m => m.Module), cancellationToken).ConfigureAwait(false);
            view = new ReportView(runs, run, modules, [.. filter.Apply(results)], names, filter, notice);
        }

        return PageResults.Page<ReportPage>(new Dictionary<string, object?> { [nameof(ReportPage.Instance)] = instance.Name, [nameof(ReportPage.View)] = view });
    }
}
