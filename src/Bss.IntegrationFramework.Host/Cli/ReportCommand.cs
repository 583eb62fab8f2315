using System.CommandLine;
using System.Globalization;
using Bss.IntegrationFramework.Host.Bss;
using Bss.IntegrationFramework.Host.Storage;

namespace Bss.IntegrationFramework.Host.Cli;

/// <summary>The <c>report</c> command: the connector report of a run.</summary>
internal static class ReportCommand
{
    private static readonly string[] CsvHeaders = ["instance", "run", "module", "bssId", "remoteId", "operation", "outcome", "failureKind", "reason", "attempts", "at"];

    /// <summary>Creates the command.</summary>
    /// <param name="globals">The global options.</param>
    /// <returns>The command.</returns>
    public static Command Create(GlobalOptions globals)
    {
        var name = CommonArguments.Instance();
        var run = new Option<long?>("--run") { Description = "The run (default: the latest)." };
        var failed = new Option<bool>("--failed") { Description = "Only failed and quarantined records." };
        var csv = new Option<bool>("--csv") { Description = "Print the records as CSV." };
        var runs = new Option<int?>("--runs") { Description = "List the latest N runs instead." };
        var json = CommonArguments.Json();
        var command = new Command("report", "The connector report: a run's start, end, per-module counts and requests, and every record's result.") { name, run, failed, csv, runs, json };
        command.SetHostAction(globals, async (context, cancellationToken) =>
        {
            using var services = await context.OpenServicesAsync(cancellationToken).ConfigureAwait(false);
            var instance = await services.Instances.GetAsync(context.Get(name), cancellationToken).ConfigureAwait(false);
            if (context.Get(runs) is { } count)
            {
                var list = await services.Runs.ListAsync(instance.Id, Math.Max(1, count), cancellationToken).ConfigureAwait(false);
                WriteRuns(context, list, context.Get(json));
                return 0;
            }

            var record = await FindRunAsync(services, instance, context.Get(run), cancellationToken).ConfigureAwait(false);
            var modules = await services.Runs.GetModulesAsync(record.Id, cancellationToken).ConfigureAwait(false);
            var results = await services.Runs.GetResultsAsync(record.Id, context.Get(failed), cancellationToken).ConfigureAwait(false);
            if (context.Get(json))
            {
                CliJson.Write(context.Output, new { Instance = instance.Name, Run = record, Modules = modules, Results = results });
            }
            else if (context.Get(csv))
            {
                CsvWriter.Write(context.Output, CsvHeaders, results.Select(r => (IReadOnlyList<string?>)
                [
                    instance.Name, Text(r.RunId), r.Module, r.BssId, r.RemoteId, r.Operation, r.Outcome, r.FailureKind, r.Reason, Text(r.Attempts), r.At.ToString("O", CultureInfo.InvariantCulture),
                ]));
            }
            else
            {
                context.Output.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"Instance {instance.Name}, run {record.Id}{(record.DryRun ? " (dry run)" : string.Empty)}: {record.Status}; started {record.StartedAt:u}, ended {(record.EndedAt is { } end ? end.ToString("u", CultureInfo.InvariantCulture) : "-")}; {Wording.Count(record.Requests, "request")}{(record.Message is null ? string.Empty : "; " + record.Message)}"));
                context.Output.WriteLine();
                SyncReportWriter.WriteTotals(context.Output, modules, record.Requests);
                context.Output.WriteLine();
                var names = await BssRecordNames.LoadAsync(services.Records, modules.Select(m => m.Module), cancellationToken).ConfigureAwait(false);
                SyncReportWriter.WriteResults(context.Output, results, names);
            }

            return 0;
        });
        return command;
    }

    private static async Task<RunRecord> FindRunAsync(HostServices services, InstanceInfo instance, long? runId, CancellationToken cancellationToken)
    {
        if (runId is { } id)
        {
            var found = await services.Runs.FindAsync(id, cancellationToken).ConfigureAwait(false);
            return found is not null && found.InstanceId == instance.Id
                ? found
                : throw new HostException($"Instance '{instance.Name}' has no run {id}; 'report {instance.Name} --runs 20' lists them.");
        }

        var latest = await services.Runs.ListAsync(instance.Id, 1, cancellationToken).ConfigureAwait(false);
        return latest.Count > 0 ? latest[0] : throw new HostException($"Instance '{instance.Name}' has not run yet; start one with 'sync {instance.Name}'.");
    }

    private static void WriteRuns(CommandContext context, IReadOnlyList<RunRecord> runs, bool json)
    {
        if (json)
        {
            CliJson.Write(context.Output, runs);
            return;
        }

        TextTable.Write(
            context.Output,
            ["Run", "Status", "Started", "Ended", "Requests", "Dry run", "Message"],
            runs.Select(r => (IReadOnlyList<string?>)
            [
                Text(r.Id), r.Status, r.StartedAt.ToString("u", CultureInfo.InvariantCulture), r.EndedAt?.ToString("u", CultureInfo.InvariantCulture), Text(r.Requests), r.DryRun ? "yes" : string.Empty, r.Message,
            ]));
    }

    private static string Text(long value) => value.ToString(CultureInfo.InvariantCulture);
}
