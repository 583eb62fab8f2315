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
        var command = new Command(
            "demo",
            "Start the ConnectWise simulator on 127.0.0.1, load sample BSS accounts, activate the instance 'demo', push the accounts, " +
            "then push again and verify every account is Unchanged and no write was sent. Uses a temporary store unless --db is given.")
        {
            samples,
        };
        command.SetHostAction(globals, (context, cancellationToken) =>
            new DemoRunner(context).RunAsync(context.Get(samples), cancellationToken));
        return command;
    }
}
