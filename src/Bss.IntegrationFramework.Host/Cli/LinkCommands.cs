using System.CommandLine;
using Bss.IntegrationFramework.Host.Sync;

namespace Bss.IntegrationFramework.Host.Cli;

/// <summary>The <c>resync</c> and <c>unlink</c> commands.</summary>
internal static class LinkCommands
{
    /// <summary>Creates <c>resync</c>.</summary>
    /// <param name="globals">The global options.</param>
    /// <returns>The command.</returns>
    public static Command Resync(GlobalOptions globals)
    {
        var (name, module, bssId) = Arguments("The BSS id, or * for every quarantined record of the module.");
        var command = new Command("resync", "Send a record again on the next sync: forget what was last pushed and lift its quarantine.") { name, module, bssId };
        command.SetHostAction(globals, async (context, cancellationToken) =>
        {
            using var services = await context.OpenServicesAsync(cancellationToken).ConfigureAwait(false);
            var instance = await services.Instances.GetAsync(context.Get(name), cancellationToken).ConfigureAwait(false);
            var moduleName = CommonArguments.CanonicalModule(context.Get(module));
            var done = await new RecordActions(services).ResyncAsync(instance, moduleName, context.Get(bssId), cancellationToken).ConfigureAwait(false);
            await context.Output.WriteLineAsync(done).ConfigureAwait(false);
            return 0;
        });
        return command;
    }

    /// <summary>Creates <c>unlink</c>.</summary>
    /// <param name="globals">The global options.</param>
    /// <returns>The command.</returns>
    public static Command Unlink(GlobalOptions globals)
    {
        var (name, module, bssId) = Arguments("The BSS id.");
        var command = new Command("unlink", "Forget the link of a record to its ConnectWise record; the next push looks it up by its natural key or creates it.") { name, module, bssId };
        command.SetHostAction(globals, async (context, cancellationToken) =>
        {
            using var services = await context.OpenServicesAsync(cancellationToken).ConfigureAwait(false);
            var instance = await services.Instances.GetAsync(context.Get(name), cancellationToken).ConfigureAwait(false);
            var moduleName = CommonArguments.CanonicalModule(context.Get(module));
            var done = await new RecordActions(services).UnlinkAsync(instance, moduleName, context.Get(bssId), cancellationToken).ConfigureAwait(false);
            await context.Output.WriteLineAsync(done).ConfigureAwait(false);
            return 0;
        });
        return command;
    }

    private static (Argument<string> Name, Argument<string> Module, Argument<string> BssId) Arguments(string bssIdDescription) =>
        (CommonArguments.Instance(), CommonArguments.Module(), new Argument<string>("BSSID") { Description = bssIdDescription });
}
