using System.CommandLine;
using System.Globalization;
using Bss.IntegrationFramework.Host.Instances;
using Bss.IntegrationFramework.Host.Lookups;

namespace Bss.IntegrationFramework.Host.Cli;

/// <summary>The <c>lookups</c> commands: map BSS values to ConnectWise ids, by hand or by discovery.</summary>
internal static class LookupsCommands
{
    /// <summary>Creates the command group.</summary>
    /// <param name="globals">The global options.</param>
    /// <returns>The command.</returns>
    public static Command Create(GlobalOptions globals) =>
        new("lookups", "Lookup tables: BSS values mapped to ConnectWise ids.") { Set(globals), Discover(globals) };

    private static Command Set(GlobalOptions globals)
    {
        var name = CommonArguments.Instance();
        var lookup = new Argument<string>("LOOKUP") { Description = "The lookup, such as AccountType or Currency." };
        var bssValue = new Argument<string>("BSSVALUE") { Description = "The BSS value." };
        var remoteId = new Argument<string>("CWID") { Description = "The ConnectWise id it maps to." };
        var command = new Command("set", "Map a BSS value to a ConnectWise id.") { name, lookup, bssValue, remoteId };
        command.SetHostAction(globals, async (context, cancellationToken) =>
        {
            using var services = await context.OpenServicesAsync(cancellationToken).ConfigureAwait(false);
            var instance = await services.Instances.GetAsync(context.Get(name), cancellationToken).ConfigureAwait(false);
            var definition = FindLookup(services.Catalog.GetManifest(instance.Connector), context.Get(lookup));
            var id = context.Get(remoteId).Trim();
            if (!long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number <= 0)
            {
                throw new HostException($"'{id}' is not a ConnectWise id (a positive whole number); 'lookups discover {instance.Name} {definition.Name}' lists them.");
            }

            await services.Lookups.SetAsync(instance.Id, definition.Name, context.Get(bssValue), id, cancellationToken).ConfigureAwait(false);
            await context.Output.WriteLineAsync($"Instance '{instance.Name}': {definition.Name} '{context.Get(bssValue)}' -> {id}.").ConfigureAwait(false);
            return 0;
        });
        return command;
    }

    private static Command Discover(GlobalOptions globals)
    {
        var name = CommonArguments.Instance();
        var lookup = new Argument<string?>("LOOKUP") { Description = "The lookup (default: every lookup).", Arity = ArgumentArity.ZeroOrOne };
        var apply = new Option<bool>("--apply") { Description = $"Store the confident matches (score >= {LookupDiscovery.ConfidentScore.ToString(CultureInfo.InvariantCulture)}) of BSS values not mapped yet." };
        var json = CommonArguments.Json();
        var command = new Command("discover", "List the ConnectWise values of lookups with their ids, and suggested matches for the BSS values in the store.") { name, lookup, apply, json };
        command.SetHostAction(globals, async (context, cancellationToken) =>
        {
            using var services = await context.OpenServicesAsync(cancellationToken).ConfigureAwait(false);
            var runtime = await InstanceRuntime.CreateAsync(services, context.Get(name), null, cancellationToken).ConfigureAwait(false);
            await using (runtime.ConfigureAwait(false))
            {
                var manifest = runtime.Connector.Manifest;
                var lookups = context.Get(lookup) is { } one ? [FindLookup(manifest, one)] : manifest.Lookups;
                var session = await runtime.Connector.OpenSessionAsync(runtime.Context, cancellationToken).ConfigureAwait(false);
                await using (session.ConfigureAwait(false))
                {
                    var outcomes = await new LookupDiscovery(services).DiscoverAsync(runtime, session, lookups, context.Get(apply), cancellationToken).ConfigureAwait(false);
                    if (context.Get(json))
                    {
                        CliJson.Write(context.Output, outcomes.Select(o => new { Lookup = o.Lookup.Name, o.BssValues, o.Result?.Values, o.Result?.Suggestions, o.Error, o.Applied }));
                    }
                    else
                    {
                        LookupDiscoveryWriter.Write(context.Output, outcomes, runtime.Context.Lookups);
                    }

                    return outcomes.Any(o => o.Error is not null) && context.Get(lookup) is not null ? CommandActions.Failure : 0;
                }
            }
        });
        return command;
    }

    private static LookupDefinition FindLookup(ConnectorManifest manifest, string name) =>
        manifest.Lookups.FirstOrDefault(l => string.Equals(l.Name, name, StringComparison.OrdinalIgnoreCase))
        ?? throw new HostException($"{manifest.Name} has no lookup '{name}' (lookups: {string.Join(", ", manifest.Lookups.Select(l => l.Name))}).");
}
