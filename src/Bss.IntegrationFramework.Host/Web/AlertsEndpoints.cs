using Bss.IntegrationFramework.Host.Alerts;
using Bss.IntegrationFramework.Host.Storage;
using Bss.IntegrationFramework.Host.Web.Pages;
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
        var notice = http.Request.Query["saved"] == "1" ? "Alert settings saved." : null;
        return Page(instance, [], notice);
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

        return Page(instance, problems, null, StatusCodes.Status422UnprocessableEntity);
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

        return Page(instance, [], notice);
    }

    private static IResult Page(InstanceInfo instance, IReadOnlyList<(string Field, string Message)> problems, string? notice, int statusCode = StatusCodes.Status200OK) =>
        PageResults.Page<AlertsPage>(
            new Dictionary<string, object?>
            {
                [nameof(AlertsPage.Instance)] = instance,
                [nameof(AlertsPage.Problems)] = problems,
                [nameof(AlertsPage.Notice)] = notice,
            },
            statusCode);
}
