using System.CommandLine;
using Bss.IntegrationFramework.Host.Bss;
using Bss.IntegrationFramework.Host.Storage;
using Bss.IntegrationFramework.Host.Sync;

namespace Bss.IntegrationFramework.Host.Cli;

/// <summary>The <c>sync</c> command: one run of an instance.</summary>
internal static class SyncCommand
{
    /// <summary>Creates the command.</summary>
    /// <param name="globals">The global options.</param>
    /// <returns>The command.</returns>
    public static Command Create(GlobalOptions globals)
    {
        var name = CommonArguments.Instance();
        var module = new Option<string[]>("--module", "-m") { Description = "A module to run (repeatable; default: every module the connector has)." };
        var direction = new Option<string>("--direction") { Description = "push, pull or both.", DefaultValueFactory = _ => "push" };
        direction.AcceptOnlyFromAmong("push", "pull", "both");
        var dryRun = new Option<bool>("--dry-run") { Description = "Compute the plan (operations and field changes) without a single write." };
        var full = new Option<bool>("--full") { Description = "Pull everything instead of resuming from the saved cursors." };
        var all = new Option<bool>("--all") { Description = "List Unchanged records too." };
        var batchSize = new Option<int>("--batch-size")
        {
            Description = "Records handed to the connector at once; results are stored after each batch.",
            DefaultValueFactory = _ => SyncRequest.DefaultBatchSize,
        };
        batchSize.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() < 1)
            {
                r.AddError("--batch-size must be at least 1.");
            }
        });
        var json = CommonArguments.Json();
        var command = new Command("sync", "Run a sync of an instance: modules in dependency order, pushes before pulls.") { name, module, direction, dryRun, full, all, batchSize, json };
        command.SetHostAction(globals, async (context, cancellationToken) =>
        {
            using var services = await context.OpenServicesAsync(cancellationToken).ConfigureAwait(false);
            var request = new SyncRequest
            {
                InstanceName = context.Get(name),
                Modules = [.. (context.Get(module) ?? []).Select(CommonArguments.CanonicalModule)],
                Direction = context.Get(direction) switch { "pull" => SyncDirection.Pull, "both" => SyncDirection.Both, _ => SyncDirection.Push },
                DryRun = context.Get(dryRun),
                Full = context.Get(full),
                BatchSize = context.Get(batchSize),
            };
            var progress = new ConsoleProgress(context.Error, IsTerminal(context), services.TimeProvider);
            SyncRunResult result;
            try
            {
                result = await new SyncRunner(services).RunAsync(request, progress, cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                progress.Complete();
            }

            // Names of the records listed only: a run that changed nothing reads none, however large the store.
            var shown = context.Get(all) || request.DryRun ? result.Results : [.. result.Results.Where(r => r.Outcome != nameof(PushOutcome.Unchanged))];
            var names = context.Get(json) ? [] : await BssRecordNames.LoadAsync(services.Records, shown.Select(r => (r.Module, r.BssId)), cancellationToken).ConfigureAwait(false);
            Write(context, result, shown, names, context.Get(json), request.DryRun, request.InstanceName);
            if (result.Status != RunStatus.Succeeded)
            {
                throw new HostException($"run {result.RunId} completed with {Wording.Count(result.FailedCount, "failed record")}; see 'report {request.InstanceName} --run {result.RunId} --failed'.");
            }

            return 0;
        });
        return command;
    }

    /// <summary>Tells whether progress bars can be drawn: the command writes to the real, unredirected standard error.</summary>
    /// <param name="context">The command's context.</param>
    /// <returns><see langword="true"/> for a terminal.</returns>
    public static bool IsTerminal(CommandContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.ErrorIsTerminal;
    }

    private static void Write(CommandContext context, SyncRunResult result, IReadOnlyList<RunResultRecord> shown, IReadOnlyDictionary<(string Module, string BssId), string> names, bool json, bool dryRun, string instance)
    {
        if (json)
        {
            CliJson.Write(context.Output, result);
            return;
        }

        context.Output.WriteLine($"Run {result.RunId}{(dryRun ? " (dry run: nothing was written)" : string.Empty)}: {result.Status}");
        if (shown.Count > 0)
        {
            SyncReportWriter.WriteResults(context.Output, shown, names);
            context.Output.WriteLine();
        }

        if (result.OmittedResults > 0)
        {
            context.Output.WriteLine($"Not listed here: {Wording.Count(result.OmittedResults, "more routine result")} (pulled, written or unchanged); the run log has every one: 'report {instance} --run {result.RunId}'.");
            context.Output.WriteLine();
        }

        SyncReportWriter.WriteTotals(context.Output, result.Modules, result.Requests);
        AlertChangeWriter.Write(context.Output, result.Alerts);
    }
}
