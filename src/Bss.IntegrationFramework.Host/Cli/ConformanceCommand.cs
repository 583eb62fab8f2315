using System.CommandLine;
using Bss.IntegrationFramework.Host.Instances;

namespace Bss.IntegrationFramework.Host.Cli;

/// <summary>
/// The <c>conformance</c> command: proves, on a sandbox, each assumption the connector makes about the remote
/// system that no documentation settles. Exits 0 when every assumption held (or could not be tested) and every test
/// record was deleted, 1 when one differs or a record stayed behind.
/// </summary>
internal static class ConformanceCommand
{
    /// <summary>Creates the command.</summary>
    /// <param name="globals">The global options.</param>
    /// <returns>The command.</returns>
    public static Command Create(GlobalOptions globals)
    {
        var name = CommonArguments.Instance();
        var json = CommonArguments.Json();
        var sandbox = new Option<bool>("--sandbox") { Description = "Confirm the instance's site is a sandbox (needed unless its host starts with sandbox-)." };
        var command = new Command("conformance", "On a sandbox site: create test records, check each unverified assumption about the API, suggest settings, delete the records.") { name, sandbox, json };
        command.SetHostAction(globals, async (context, cancellationToken) =>
        {
            using var services = await context.OpenServicesAsync(cancellationToken).ConfigureAwait(false);
            var report = await new InstanceConformance(services).RunAsync(context.Get(name), context.Get(sandbox), cancellationToken).ConfigureAwait(false);
            if (context.Get(json))
            {
                CliJson.Write(context.Output, report);
            }
            else
            {
                await ConformanceReportWriter.WriteAsync(context.Output, context.Get(name), report).ConfigureAwait(false);
            }

            return report.Rows.Any(r => r.Outcome == ConformanceOutcome.Differs) || report.Leftovers.Count > 0 ? CommandActions.Failure : 0;
        });
        return command;
    }
}
