using System.CommandLine;

namespace Bss.IntegrationFramework.Host.Cli;

/// <summary>The <c>options</c> commands: synchronization options.</summary>
internal static class OptionsCommands
{
    /// <summary>Creates the command group.</summary>
    /// <param name="globals">The global options.</param>
    /// <returns>The command.</returns>
    public static Command Create(GlobalOptions globals) =>
        new("options", "Synchronization options: which module operations run.") { Set(globals) };

    private static Command Set(GlobalOptions globals)
    {
        var name = CommonArguments.Instance();
        var module = CommonArguments.Module();
        var operation = new Argument<SyncOperation>("OPERATION") { Description = "Create, Update, Delete, BatchRead or Read." };
        var state = new Argument<string>("STATE") { Description = "on or off." };
        state.AcceptOnlyFromAmong("on", "off");
        var command = new Command("set", "Switch an operation of a module on or off.") { name, module, operation, state };
        command.SetHostAction(globals, async (context, cancellationToken) =>
        {
            using var services = await context.OpenServicesAsync(cancellationToken).ConfigureAwait(false);
            var instance = await services.Instances.GetAsync(context.Get(name), cancellationToken).ConfigureAwait(false);
            var manifest = services.Catalog.GetManifest(instance.Connector);
            var moduleName = CommonArguments.CanonicalModule(context.Get(module));
            var op = context.Get(operation);
            var definition = manifest.Modules.FirstOrDefault(m => m.Name == moduleName)
                ?? throw new HostException($"{manifest.Name} has no module {moduleName} (modules: {string.Join(", ", manifest.Modules.Select(m => m.Name))}).");
            if (!definition.Operations.Contains(op))
            {
                throw new HostException($"{moduleName} has no operation {op} (operations: {string.Join(", ", definition.Operations)}).");
            }

            var enabled = context.Get(state) == "on";
            await services.Options.SetAsync(instance.Id, moduleName, op, enabled, cancellationToken).ConfigureAwait(false);
            await context.Output.WriteLineAsync($"Instance '{instance.Name}': {moduleName} {op} switched {(enabled ? "on" : "off")}.").ConfigureAwait(false);
            return 0;
        });
        return command;
    }
}
