using System.Globalization;
using Bss.IntegrationFramework.Host.Instances;
using Bss.IntegrationFramework.Host.Lookups;
using Bss.IntegrationFramework.Host.Web.Pages;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Bss.IntegrationFramework.Host.Web;

/// <summary>The lookups page, its discovery endpoint (JSON for the page's script) and saving.</summary>
internal static class LookupsEndpoints
{
    /// <summary>Maps the endpoints.</summary>
    /// <param name="routes">The routes.</param>
    public static void Map(IEndpointRouteBuilder routes)
    {
        routes.MapGet("/instances/{name}/lookups", ShowAsync);
        routes.MapGet("/instances/{name}/lookups/discover.json", DiscoverAsync);
        routes.MapPost("/instances/{name}/lookups", SaveAsync);
    }

    private static async Task<IResult> ShowAsync(HttpContext http, HostServices services, string name)
    {
        var instance = await services.Instances.GetAsync(name, http.RequestAborted).ConfigureAwait(false);
        var manifest = services.Catalog.GetManifest(instance.Connector);
        var mapped = await services.Lookups.GetAllAsync(instance.Id, http.RequestAborted).ConfigureAwait(false);
        var rows = await LookupRows.LoadAsync(services, manifest, mapped, http.RequestAborted).ConfigureAwait(false);
        int? saved = int.TryParse(http.Request.Query["saved"], NumberStyles.None, CultureInfo.InvariantCulture, out var count) ? count : null;
        return PageResults.Page<LookupsPage>(new Dictionary<string, object?>
        {
            [nameof(LookupsPage.Instance)] = instance.Name,
            [nameof(LookupsPage.Rows)] = rows,
            [nameof(LookupsPage.Mapped)] = mapped,
            [nameof(LookupsPage.SavedCount)] = saved,
        });
    }

    private static async Task<IResult> DiscoverAsync(HttpContext http, HostServices services, string name)
    {
        var runtime = await InstanceRuntime.CreateAsync(services, name, null, http.RequestAborted).ConfigureAwait(false);
        await using (runtime.ConfigureAwait(false))
        {
            var session = await runtime.Connector.OpenSessionAsync(runtime.Context, http.RequestAborted).ConfigureAwait(false);
            await using (session.ConfigureAwait(false))
            {
                // The same discovery as 'lookups discover', without --apply: the administrator chooses on the page.
                var outcomes = await new LookupDiscovery(services).DiscoverAsync(runtime, session, runtime.Connector.Manifest.Lookups, apply: false, http.RequestAborted).ConfigureAwait(false);
                return Results.Json(outcomes.Select(o => new
                {
                    lookup = o.Lookup.Name,
                    error = services.Redactor.Redact(o.Error),
                    values = o.Result?.Values.Select(v => new { id = v.Id, name = v.Name, active = v.Active }),
                    suggestions = o.Result?.Suggestions.Select(s => new { bssValue = s.BssValue, id = s.Value.Id, name = s.Value.Name, score = s.Score }),
                }));
            }
        }
    }

    private static async Task<IResult> SaveAsync(HttpContext http, HostServices services, string name)
    {
        var instance = await services.Instances.GetAsync(name, http.RequestAborted).ConfigureAwait(false);
        var manifest = services.Catalog.GetManifest(instance.Connector);
        var mapped = await services.Lookups.GetAllAsync(instance.Id, http.RequestAborted).ConfigureAwait(false);
        var form = await http.Request.ReadFormAsync(http.RequestAborted).ConfigureAwait(false);
        _ = int.TryParse(form["rows"], NumberStyles.None, CultureInfo.InvariantCulture, out var rows);
        var changes = new List<(string Lookup, string BssValue, string Id)>();
        for (var i = 0; i < Math.Min(rows, 10_000); i++)
        {
            var id = form[$"c.{i}"].ToString().Trim();
            if (id.Length == 0)
            {
                continue;
            }

            var lookup = manifest.Lookups.FirstOrDefault(l => string.Equals(l.Name, form[$"l.{i}"], StringComparison.OrdinalIgnoreCase))
                ?? throw new HostException($"{manifest.Name} has no lookup '{form[$"l.{i}"]}'.");
            if (!long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number <= 0)
            {
                throw new HostException($"'{id}' is not a ConnectWise id (a positive whole number).");
            }

            var bssValue = form[$"b.{i}"].ToString();
            if (mapped.GetValueOrDefault(lookup.Name)?.GetValueOrDefault(bssValue) != id)
            {
                changes.Add((lookup.Name, bssValue, id));
            }
        }

        // Every row is checked before the first is stored, so a bad row saves nothing.
        foreach (var (lookup, bssValue, id) in changes)
        {
            await services.Lookups.SetAsync(instance.Id, lookup, bssValue, id, http.RequestAborted).ConfigureAwait(false);
        }

        return Results.Redirect(PageResults.PathOf(instance.Name, "lookups") + "?saved=" + changes.Count.ToString(CultureInfo.InvariantCulture));
    }
}
