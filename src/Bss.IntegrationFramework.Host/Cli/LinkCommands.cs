using System.CommandLine;
using Bss.IntegrationFramework.Host.Storage;

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
            var id = context.Get(bssId);
            var lifted = await new FailureStore(services.Database, instance.Id).ClearAsync(moduleName, id, cancellationToken).ConfigureAwait(false);
            var linked = id != "*" && await services.LinksOf(instance).ForgetHashAsync(moduleName, id, cancellationToken).ConfigureAwait(false);
            if (lifted == 0 && !linked)
            {
                throw new HostException($"{moduleName} {id} of instance '{instance.Name}' is neither linked nor failing; nothing to resync.");
            }

            await context.Output.WriteLineAsync($"{moduleName} {id}: {(linked ? "will be pushed again on the next sync" : "link unchanged")}; {lifted} failure records cleared.").ConfigureAwait(false);
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
            var links = services.LinksOf(instance);
            var id = context.Get(bssId);
            var existing = await links.GetManyAsync(moduleName, [id], cancellationToken).ConfigureAwait(false);
            if (!existing.TryGetValue(id, out var link))
            {
                throw new HostException($"{moduleName} {id} of instance '{instance.Name}' is not linked.");
            }

            await links.RemoveAsync(moduleName, id, cancellationToken).ConfigureAwait(false);
            await context.Output.WriteLineAsync($"{moduleName} {id}: unlinked from ConnectWise id {link.RemoteId}.").ConfigureAwait(false);
            return 0;
        });
        return command;
    }

    private static (Argument<string> Name, Argument<string> Module, Argument<string> BssId) Arguments(string bssIdDescription) =>
        (CommonArguments.Instance(), CommonArguments.Module(), new Argument<string>("BSSID") { Description = bssIdDescription });
}
