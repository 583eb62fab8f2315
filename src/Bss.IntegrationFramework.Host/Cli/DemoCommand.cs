using System.CommandLine;
using Bss.IntegrationFramework.Host.Demo;

namespace Bss.IntegrationFramework.Host.Cli;

/// <summary>The <c>demo</c> command.</summary>
internal static class DemoCommand
{
    /// <summary>Creates the command.</summary>
    /// <param name="globals">The global options.</param>
    /// <returns>The command.</returns>
    public static Command Create(GlobalOptions globals)
    {
        var samples = new Option<string?>("--samples")
        {
            Description = "The BSS records file to load (default: samples/demo-bss.json beside the host).",
        };
        var modules = new Option<string[]>("--module", "-m")
        {
            Description = "A module to push (repeatable; default: every module the connector has).",
        };
        var command = new Command(
            "demo",
            "Start the ConnectWise simulator on 127.0.0.1, load sample BSS records, activate the instance 'demo', map lookups by discovery, push, " +
            "then push again and verify every record is Unchanged and no write was sent. Uses a temporary store unless --db is given.")
        {
            samples,
            modules,
        };
        command.SetHostAction(globals, (context, cancellationToken) =>
            new DemoRunner(context).RunAsync(context.Get(samples), [.. (context.Get(modules) ?? []).Select(CommonArguments.CanonicalModule)], cancellationToken));
        return command;
    }
}
