using Bss.IntegrationFramework.Host.Alerts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Bss.IntegrationFramework.Host.Web;

/// <summary>The Alerts page: closed alerts, conditions, webhook, and a test notification.</summary>
internal static class AlertsEndpoints
{
    /// <summary>Maps the endpoints.</summary>
    /// <param name="routes">The routes.</param>
    public static void Map(IEndpointRouteBuilder routes)
    {
        routes.MapGet("/instances/{name}/alerts", ShowAsync);
        routes.MapPost("/instances/{name}/alerts", SaveAsync);
        routes.MapPost("/instances/{name}/alerts/test", TestAsync);
    }

    private static async Task<IResult> ShowAsync(HttpContext http, HostServices services, string name)
    {
        var instance = await services.Instances.GetAsync(name, http.RequestAborted).ConfigureAwait(false);
        var overview = await AlertOverview.LoadAsync(services, instance, http.RequestAborted).ConfigureAwait(false);
        var notice = http.Request.Query["saved"] == "1" ? "Alert settings saved." : null;
        return PageResults.Page(http, "Alerts", instance.Name, "alerts", token => AlertsPage.Render(instance.Name, overview, [], notice, token));
    }

    private static async Task<IResult> SaveAsync(HttpContext http, HostServices services, string name)
    {
        var instance = await services.Instances.GetAsync(name, http.RequestAborted).ConfigureAwait(false);
        var form = await http.Request.ReadFormAsync(http.RequestAborted).ConfigureAwait(false);
        var current = await services.Alerts.GetSettingsAsync(instance.Id, http.RequestAborted).ConfigureAwait(false);
        var change = AlertsForm.Read(form, current);
        var editor = new AlertSettingsEditor(services);
        var problems = editor.Validate(change, current);
        if (problems.Count == 0)
        {
            await editor.ApplyAsync(instance, change, http.RequestAborted).ConfigureAwait(false);
            return Results.Redirect(PageResults.PathOf(instance.Name, "alerts") + "?saved=1");
        }

        var overview = await AlertOverview.LoadAsync(services, instance, http.RequestAborted).ConfigureAwait(false);
        return PageResults.Page(http, "Alerts", instance.Name, "alerts", token => AlertsPage.Render(instance.Name, overview, problems, null, token), StatusCodes.Status422UnprocessableEntity);
    }

    private static async Task<IResult> TestAsync(HttpContext http, HostServices services, string name)
    {
        var instance = await services.Instances.GetAsync(name, http.RequestAborted).ConfigureAwait(false);
        string notice;
        try
        {
            var delivery = await new AlertEngine(services).SendTestAsync(instance, http.RequestAborted).ConfigureAwait(false);
            notice = $"Test notification {delivery}.";
        }
        catch (HostException ex)
        {
            notice = ex.Message;
        }

        var overview = await AlertOverview.LoadAsync(services, instance, http.RequestAborted).ConfigureAwait(false);
        return PageResults.Page(http, "Alerts", instance.Name, "alerts", token => AlertsPage.Render(instance.Name, overview, [], notice, token));
    }
}
