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
        var skipInvalid = new Option<bool>("--skip-invalid")
        {
            Description = "Load the valid records and list each refused one with its reason (a record naming a refused one is refused too); exit 1 when any was refused.",
        };
        var command = new Command("import", "Load BSS records. Every record is validated; if any is invalid, all are listed with reasons and nothing is loaded (unless --skip-invalid).") { file, skipInvalid };
        command.SetHostAction(globals, async (context, cancellationToken) =>
        {
            using var services = await context.OpenServicesAsync(cancellationToken).ConfigureAwait(false);
            var known = await services.Records.ListIdsAsync(cancellationToken).ConfigureAwait(false);
            var fileName = Path.GetFileName(context.Get(file));
            var content = await BssFileReader.ReadAsync(context.Get(file), known, cancellationToken).ConfigureAwait(false);
            if (!context.Get(skipInvalid))
            {
                if (!content.IsValid)
                {
                    foreach (var error in content.Errors)
                    {
                        await context.Output.WriteLineAsync("  " + error).ConfigureAwait(false);
                    }

                    throw new HostException($"{fileName}: {Wording.Count(content.Errors.Count, "problem")} (listed above); nothing was loaded. Fix them, or load the valid records with --skip-invalid.");
                }

                await LoadAsync(context, services, content.Records, cancellationToken).ConfigureAwait(false);
                return 0;
            }

            // A problem of the file as a whole (an unknown entity, an array that is not one) is listed as a refused part.
            foreach (var refusal in content.Refused)
            {
                await context.Output.WriteLineAsync("  refused " + refusal).ConfigureAwait(false);
            }

            await LoadAsync(context, services, content.Accepted, cancellationToken).ConfigureAwait(false);
            if (content.Refused.Count > 0)
            {
                throw new HostException($"{fileName}: {Wording.Count(content.Refused.Count, "record or part", "records or parts")} refused (listed above); the {Wording.Count(content.Accepted.Count, "valid record")} {(content.Accepted.Count == 1 ? "was" : "were")} loaded.");
            }

            return 0;
        });
        return command;
    }

    private static async Task LoadAsync(CommandContext context, HostServices services, IReadOnlyList<BssRecord> records, CancellationToken cancellationToken)
    {
        var changed = await services.Records.UpsertAsync(records, cancellationToken).ConfigureAwait(false);
        var counts = records.GroupBy(r => BssEntity.ForType(r.GetType()).Name).Select(g => Wording.Count(g.Count(), g.Key.TrimEnd('s'), g.Key)).ToList();
        await context.Output.WriteLineAsync(counts.Count == 0
            ? $"Loaded no records into {services.Database.FilePath}."
            : $"Loaded {string.Join(", ", counts)} ({changed} new or changed) into {services.Database.FilePath}.").ConfigureAwait(false);
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
