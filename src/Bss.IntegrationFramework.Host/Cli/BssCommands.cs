using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Nodes;
using Bss.IntegrationFramework.Host.Bss;

namespace Bss.IntegrationFramework.Host.Cli;

/// <summary>The <c>bss</c> commands: the BSS records the host stands in for.</summary>
internal static class BssCommands
{
    /// <summary>Creates the command group.</summary>
    /// <param name="globals">The global options.</param>
    /// <returns>The command.</returns>
    public static Command Create(GlobalOptions globals) =>
        new("bss", "BSS records: import a file, export an entity.") { Import(globals), Export(globals) };

    private static Command Import(GlobalOptions globals)
    {
        var file = new Argument<string>("FILE") { Description = "A BSS records file (schemas/bss-records.schema.json)." };
        var command = new Command("import", "Load BSS records. Every record is validated; if any is invalid, all are listed with reasons and nothing is loaded.") { file };
        command.SetHostAction(globals, async (context, cancellationToken) =>
        {
            using var services = await context.OpenServicesAsync(cancellationToken).ConfigureAwait(false);
            var known = await services.Records.ListIdsAsync(cancellationToken).ConfigureAwait(false);
            var content = await BssFileReader.ReadAsync(context.Get(file), known, cancellationToken).ConfigureAwait(false);
            if (!content.IsValid)
            {
                foreach (var error in content.Errors)
                {
                    await context.Output.WriteLineAsync("  " + error).ConfigureAwait(false);
                }

                throw new HostException($"{Path.GetFileName(context.Get(file))}: {content.Errors.Count} invalid records or fields (listed above); nothing was loaded.");
            }

            var changed = await services.Records.UpsertAsync(content.Records, cancellationToken).ConfigureAwait(false);
            var counts = content.Records.GroupBy(r => BssEntity.ForType(r.GetType()).Name).Select(g => $"{g.Count()} {g.Key}");
            await context.Output.WriteLineAsync($"Loaded {string.Join(", ", counts)} ({changed} new or changed) into {services.Database.FilePath}.").ConfigureAwait(false);
            return 0;
        });
        return command;
    }

    private static Command Export(GlobalOptions globals)
    {
        var entity = new Argument<string>("ENTITY") { Description = $"The entity: {string.Join(", ", BssEntity.All.Select(e => e.Name))}." };
        var command = new Command("export", "Print the BSS records of an entity as a records file (what a pull brought).") { entity };
        command.SetHostAction(globals, async (context, cancellationToken) =>
        {
            var chosen = BssEntity.Parse(context.Get(entity));
            using var services = await context.OpenServicesAsync(cancellationToken).ConfigureAwait(false);
            var rows = await services.Records.ListJsonAsync(chosen, cancellationToken).ConfigureAwait(false);
            var array = new JsonArray([.. rows.Select(r => JsonNode.Parse(r))]);
            var file = new JsonObject { [chosen.Name] = array };
            await context.Output.WriteLineAsync(file.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping })).ConfigureAwait(false);
            return 0;
        });
        return command;
    }
}
