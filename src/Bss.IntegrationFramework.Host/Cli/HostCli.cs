using System.CommandLine;

namespace Bss.IntegrationFramework.Host.Cli;

/// <summary>The host's command line.</summary>
internal static class HostCli
{
    /// <summary>Builds the root command with every command.</summary>
    /// <returns>The root command.</returns>
    public static RootCommand Build()
    {
        var globals = new GlobalOptions();
        var root = new RootCommand("BSS Integration Framework host: activates connector instances, keeps their settings, links and BSS records in SQLite, and runs syncs.");
        globals.AddTo(root);
        root.Subcommands.Add(DemoCommand.Create(globals));
        root.Subcommands.Add(InstanceCommands.Create(globals));
        root.Subcommands.Add(OptionsCommands.Create(globals));
        root.Subcommands.Add(LookupsCommands.Create(globals));
        root.Subcommands.Add(CheckCommand.Create(globals));
        root.Subcommands.Add(ConformanceCommand.Create(globals));
        root.Subcommands.Add(BssCommands.Create(globals));
        root.Subcommands.Add(SyncCommand.Create(globals));
        root.Subcommands.Add(ScheduleCommand.Create(globals));
        root.Subcommands.Add(ReportCommand.Create(globals));
        root.Subcommands.Add(LinkCommands.Resync(globals));
        root.Subcommands.Add(LinkCommands.Unlink(globals));
        root.Subcommands.Add(LinkCommands.Link(globals));
        root.Subcommands.Add(AlertsCommands.Create(globals));
        root.Subcommands.Add(CallbacksCommands.Create(globals));
        root.Subcommands.Add(Web.WebCommand.Create(globals));
        root.Subcommands.Add(PlanCommands.List(globals));
        root.Subcommands.Add(PlanCommands.Show(globals));
        root.Subcommands.Add(PlanCommands.Approve(globals));
        root.Subcommands.Add(PlanCommands.Reject(globals));
        root.Subcommands.Add(PlanCommands.Mode(globals));
        return root;
    }

    /// <summary>Parses and runs a command line.</summary>
    /// <param name="args">The arguments.</param>
    /// <param name="output">Where results go; standard output when <see langword="null"/>.</param>
    /// <param name="error">Where errors go; standard error when <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the command.</param>
    /// <returns>The exit code.</returns>
    public static Task<int> InvokeAsync(string[] args, TextWriter? output = null, TextWriter? error = null, CancellationToken cancellationToken = default)
    {
        var configuration = new InvocationConfiguration
        {
            Output = output ?? Console.Out,
            Error = error ?? Console.Error,
        };
        return Build().Parse(args).InvokeAsync(configuration, cancellationToken);
    }
}
