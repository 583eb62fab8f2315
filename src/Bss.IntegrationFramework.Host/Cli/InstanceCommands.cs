using System.CommandLine;
using System.Globalization;
using Bss.IntegrationFramework.Host.Instances;

namespace Bss.IntegrationFramework.Host.Cli;

/// <summary>The <c>instance</c> commands: activate, set, show, list.</summary>
internal static class InstanceCommands
{
    /// <summary>Creates the command group.</summary>
    /// <param name="globals">The global options.</param>
    /// <returns>The command.</returns>
    public static Command Create(GlobalOptions globals) =>
        new("instance", "Connector instances and their server variables.")
        {
            Activate(globals),
            Set(globals),
            Show(globals),
            List(globals),
        };

    private static Option<string[]> VarOption() => new("--var")
    {
        Description = "A server variable as Name=Value (the name or its label, such as \"ConnectWise URL=https://...\"); Name=env:VARIABLE stores a reference to an environment variable read at run time (for keys). Repeatable.",
        AllowMultipleArgumentsPerToken = false,
    };

    private static Command Activate(GlobalOptions globals)
    {
        var name = CommonArguments.Instance();
        var connector = new Option<string?>("--connector") { Description = "The connector (default: the only one installed)." };
        var vars = VarOption();
        var command = new Command("activate", "Create an instance of a connector.") { name, connector, vars };
        command.SetHostAction(globals, async (context, cancellationToken) =>
        {
            using var services = await context.OpenServicesAsync(cancellationToken).ConfigureAwait(false);
            var activation = new InstanceActivation(services);
            var values = CommonArguments.ParsePairs(context.Get(vars));
            var instance = await activation.ActivateAsync(context.Get(name), context.Get(connector), cancellationToken).ConfigureAwait(false);
            if (values.Count > 0)
            {
                await activation.SetVariablesAsync(instance, values, cancellationToken).ConfigureAwait(false);
            }

            await context.Output.WriteLineAsync($"Instance '{instance.Name}' of connector {instance.Connector} activated in {services.Database.FilePath}.").ConfigureAwait(false);
            return 0;
        });
        return command;
    }

    private static Command Set(GlobalOptions globals)
    {
        var name = CommonArguments.Instance();
        var vars = VarOption();
        var unset = new Option<string[]>("--unset") { Description = "A server variable to remove (its name or its label). Repeatable." };
        var command = new Command("set", "Set server variables and keys of an instance.") { name, vars, unset };
        command.SetHostAction(globals, async (context, cancellationToken) =>
        {
            var values = CommonArguments.ParsePairs(context.Get(vars));
            foreach (var removed in context.Get(unset) ?? [])
            {
                values[removed] = null;
            }

            if (values.Count == 0)
            {
                throw new HostException("Nothing to set: give --var Name=Value or --unset Name.");
            }

            using var services = await context.OpenServicesAsync(cancellationToken).ConfigureAwait(false);
            var instance = await services.Instances.GetAsync(context.Get(name), cancellationToken).ConfigureAwait(false);
            await new InstanceActivation(services).SetVariablesAsync(instance, values, cancellationToken).ConfigureAwait(false);
            await context.Output.WriteLineAsync($"Instance '{instance.Name}': {Wording.Count(values.Count, "server variable")} set ({string.Join(", ", values.Keys)}).").ConfigureAwait(false);
            return 0;
        });
        return command;
    }

    private static Command Show(GlobalOptions globals)
    {
        var name = CommonArguments.Instance();
        var json = CommonArguments.Json();
        var command = new Command("show", "Show an instance: server variables (secrets masked), setting problems, lookups, options, links, last run.") { name, json };
        command.SetHostAction(globals, async (context, cancellationToken) =>
        {
            using var services = await context.OpenServicesAsync(cancellationToken).ConfigureAwait(false);
            var summary = await new InstanceInspector(services).InspectAsync(context.Get(name), cancellationToken).ConfigureAwait(false);
            if (context.Get(json))
            {
                CliJson.Write(context.Output, summary);
            }
            else
            {
                InstanceSummaryWriter.Write(context.Output, summary);
            }

            return 0;
        });
        return command;
    }

    private static Command List(GlobalOptions globals)
    {
        var json = CommonArguments.Json();
        var command = new Command("list", "List the instances.") { json };
        command.SetHostAction(globals, async (context, cancellationToken) =>
        {
            using var services = await context.OpenServicesAsync(cancellationToken).ConfigureAwait(false);
            var instances = await services.Instances.ListAsync(cancellationToken).ConfigureAwait(false);
            if (context.Get(json))
            {
                CliJson.Write(context.Output, instances.Select(i => new { i.Name, i.Connector, i.CreatedAt }));
            }
            else if (instances.Count == 0)
            {
                await context.Output.WriteLineAsync("No instances; create one with 'instance activate NAME'.").ConfigureAwait(false);
            }
            else
            {
                TextTable.Write(context.Output, ["Name", "Connector", "Activated"], instances.Select(i => (IReadOnlyList<string?>)[i.Name, i.Connector, i.CreatedAt.ToString("u", CultureInfo.InvariantCulture)]));
            }

            return 0;
        });
        return command;
    }
}
