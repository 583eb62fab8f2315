using Bss.IntegrationFramework.Host.Web.Pages;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Bss.IntegrationFramework.Host.Web;

/// <summary>The synchronization options page.</summary>
internal static class OptionsEndpoints
{
    /// <summary>Maps the endpoints.</summary>
    /// <param name="routes">The routes.</param>
    public static void Map(IEndpointRouteBuilder routes)
    {
        routes.MapGet("/instances/{name}/options", ShowAsync);
        routes.MapPost("/instances/{name}/options", SaveAsync);
    }

    private static async Task<IResult> ShowAsync(HttpContext http, HostServices services, string name)
    {
        var instance = await services.Instances.GetAsync(name, http.RequestAborted).ConfigureAwait(false);
        var manifest = services.Catalog.GetManifest(instance.Connector);
        var disabled = await services.Options.GetDisabledAsync(instance.Id, http.RequestAborted).ConfigureAwait(false);
        var saved = http.Request.Query["saved"] == "1";
        var stored = await services.Instances.GetVariablesAsync(instance.Id, http.RequestAborted).ConfigureAwait(false);
        return Page(instance.Name, manifest, disabled, stored, null, saved);
    }

    private static IResult Page(string instance, ConnectorManifest manifest, IReadOnlySet<(string Module, SyncOperation Operation)> disabled, IReadOnlyDictionary<string, string?> stored, SettingsSubmission? submission, bool saved) =>
        PageResults.Page<OptionsPage>(
            new Dictionary<string, object?>
            {
                [nameof(OptionsPage.Instance)] = instance,
                [nameof(OptionsPage.Manifest)] = manifest,
                [nameof(OptionsPage.Disabled)] = disabled,
                [nameof(OptionsPage.Saved)] = saved,
                [nameof(OptionsPage.Stored)] = stored,
                [nameof(OptionsPage.Submission)] = submission,
            },
            submission is null ? StatusCodes.Status200OK : StatusCodes.Status422UnprocessableEntity);

    private static async Task<IResult> SaveAsync(HttpContext http, HostServices services, string name)
    {
        var instance = await services.Instances.GetAsync(name, http.RequestAborted).ConfigureAwait(false);
        var manifest = services.Catalog.GetManifest(instance.Connector);
        var disabled = await services.Options.GetDisabledAsync(instance.Id, http.RequestAborted).ConfigureAwait(false);
        var form = await http.Request.ReadFormAsync(http.RequestAborted).ConfigureAwait(false);

        // The settings shown with the options are validated by the connector like every setting, all problems at once,
        // before anything is saved.
        var shown = manifest.ServerVariables.Where(v => v.ShownWithOptions).Select(v => v.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        if (shown.Count > 0)
        {
            var submission = await new SettingsForm(services).SubmitAsync(instance, form, http.RequestAborted, shown).ConfigureAwait(false);
            if (!submission.Saved)
            {
                var stored = await services.Instances.GetVariablesAsync(instance.Id, http.RequestAborted).ConfigureAwait(false);
                return Page(instance.Name, manifest, disabled, stored, submission, false);
            }
        }

        // Only the manifest's module operations are read, so a forged field name cannot store an unknown option.
        foreach (var module in manifest.Modules)
        {
            foreach (var operation in module.Operations)
            {
                var on = form.ContainsKey($"{OptionsPage.FieldPrefix}{module.Name}.{operation}");
                if (on == disabled.Contains((module.Name, operation)))
                {
                    await services.Options.SetAsync(instance.Id, module.Name, operation, on, http.RequestAborted).ConfigureAwait(false);
                }
            }
        }

        return Results.Redirect(PageResults.PathOf(instance.Name, "options") + "?saved=1");
    }
}
