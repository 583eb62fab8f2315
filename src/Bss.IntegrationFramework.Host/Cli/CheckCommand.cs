using System.CommandLine;
using Bss.IntegrationFramework.Host.Instances;

namespace Bss.IntegrationFramework.Host.Cli;

/// <summary>The <c>check</c> command: the connector's preflight check.</summary>
internal static class CheckCommand
{
    /// <summary>Creates the command.</summary>
    /// <param name="globals">The global options.</param>
    /// <returns>The command.</returns>
    public static Command Create(GlobalOptions globals)
    {
        var name = CommonArguments.Instance();
        var json = CommonArguments.Json();
        var command = new Command("check", "Preflight: reach the site, authenticate, verify the clientId, permissions for every enabled operation, configured ids and lookups.") { name, json };
        command.SetHostAction(globals, async (context, cancellationToken) =>
        {
            using var services = await context.OpenServicesAsync(cancellationToken).ConfigureAwait(false);
            var report = await new InstanceCheck(services).RunAsync(context.Get(name), cancellationToken).ConfigureAwait(false);
            var findings = report.Findings.ToList();
            if (context.Get(json))
            {
                CliJson.Write(context.Output, new { report.Passed, Findings = findings });
            }
            else
            {
                foreach (var finding in findings)
                {
                    await context.Output.WriteLineAsync($"{$"[{finding.Severity}]",-10}{finding.Area}: {CommandActions.OneLine(finding.Message)}").ConfigureAwait(false);
                    if (!string.IsNullOrWhiteSpace(finding.Fix))
                    {
                        await context.Output.WriteLineAsync($"{string.Empty,-10}fix: {CommandActions.OneLine(finding.Fix)}").ConfigureAwait(false);
                    }
                }
            }

            var errors = findings.Count(f => f.Severity == CheckSeverity.Error);
            if (errors > 0)
            {
                throw new HostException($"check failed: {Wording.Count(errors, "error")}, {Wording.Count(findings.Count(f => f.Severity == CheckSeverity.Warning), "warning")} (see the fixes above).");
            }

            if (!context.Get(json))
            {
                await context.Output.WriteLineAsync($"Check passed with {Wording.Count(findings.Count(f => f.Severity == CheckSeverity.Warning), "warning")}.").ConfigureAwait(false);
            }

            return 0;
        });
        return command;
    }
}
