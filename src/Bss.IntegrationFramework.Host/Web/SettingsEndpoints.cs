using Bss.IntegrationFramework.Host.Web.Pages;
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
        return Page(instance.Name, manifest, stored, null, defaults, saved);
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
        return Page(instance.Name, manifest, stored, submission, defaults, false);
    }

    private static IResult Page(string instance, ConnectorManifest manifest, IReadOnlyDictionary<string, string?> stored, SettingsSubmission? submission, WebDefaults defaults, bool saved) =>
        PageResults.Page<SettingsPage>(
            new Dictionary<string, object?>
            {
                [nameof(SettingsPage.Instance)] = instance,
                [nameof(SettingsPage.Manifest)] = manifest,
                [nameof(SettingsPage.Stored)] = stored,
                [nameof(SettingsPage.Submission)] = submission,
                [nameof(SettingsPage.Defaults)] = defaults,
                [nameof(SettingsPage.Saved)] = saved,
            },
            submission is null ? StatusCodes.Status200OK : StatusCodes.Status422UnprocessableEntity);

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
