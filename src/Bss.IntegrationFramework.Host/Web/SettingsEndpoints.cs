using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Bss.IntegrationFramework.Host.Web;

/// <summary>The settings page: server variables and keys, validated by the connector.</summary>
internal static class SettingsEndpoints
{
    /// <summary>Maps the endpoints.</summary>
    /// <param name="routes">The routes.</param>
    public static void Map(IEndpointRouteBuilder routes)
    {
        routes.MapGet("/instances/{name}/settings", ShowAsync);
        routes.MapPost("/instances/{name}/settings", SaveAsync);
    }

    private static async Task<IResult> ShowAsync(HttpContext http, HostServices services, WebDefaults defaults, string name)
    {
        var instance = await services.Instances.GetAsync(name, http.RequestAborted).ConfigureAwait(false);
        var manifest = services.Catalog.GetManifest(instance.Connector);
        var stored = await services.Instances.GetVariablesAsync(instance.Id, http.RequestAborted).ConfigureAwait(false);
        RememberSecrets(services, manifest, stored);
        var saved = http.Request.Query["saved"] == "1";
        return PageResults.Page(http, "Settings", instance.Name, "settings", token => SettingsPage.Render(instance.Name, manifest, stored, null, defaults, token, saved));
    }

    private static async Task<IResult> SaveAsync(HttpContext http, HostServices services, WebDefaults defaults, string name)
    {
        var instance = await services.Instances.GetAsync(name, http.RequestAborted).ConfigureAwait(false);
        var form = await http.Request.ReadFormAsync(http.RequestAborted).ConfigureAwait(false);
        var submission = await new SettingsForm(services).SubmitAsync(instance, form, http.RequestAborted).ConfigureAwait(false);
        if (submission.Saved)
        {
            return Results.Redirect(PageResults.PathOf(instance.Name, "settings") + "?saved=1");
        }

        var manifest = services.Catalog.GetManifest(instance.Connector);
        var stored = await services.Instances.GetVariablesAsync(instance.Id, http.RequestAborted).ConfigureAwait(false);
        RememberSecrets(services, manifest, stored);
        return PageResults.Page(
            http, "Settings", instance.Name, "settings", token => SettingsPage.Render(instance.Name, manifest, stored, submission, defaults, token, false), StatusCodes.Status422UnprocessableEntity);
    }

    private static void RememberSecrets(HostServices services, ConnectorManifest manifest, IReadOnlyDictionary<string, string?> stored)
    {
        foreach (var (variable, value) in stored)
        {
            if (Instances.ServerVariableValues.IsSecret(variable, manifest) && !Instances.ServerVariableValues.IsEnvironmentReference(value))
            {
                services.Redactor.Add(value);
            }
        }
    }
}
