using System.CommandLine;
using Bss.IntegrationFramework.Host.Instances;
using Bss.IntegrationFramework.Host.Sync;

namespace Bss.IntegrationFramework.Host.Cli;

/// <summary>The <c>resync</c>, <c>unlink</c> and <c>link</c> commands.</summary>
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

    /// <summary>Creates <c>link</c>: a BSS account linked by hand to the ConnectWise company the administrator chose.</summary>
    /// <param name="globals">The global options.</param>
    /// <returns>The command.</returns>
    public static Command Link(GlobalOptions globals)
    {
        var name = CommonArguments.Instance();
        var account = new Option<string>("--account") { Description = "The BSS account id.", Required = true };
        var company = new Option<string>("--company") { Description = "The ConnectWise company: its id or its identifier.", Required = true };
        var contact = new Option<string?>("--contact") { Description = "The ConnectWise id of the contact the customer's agreement is created with (one of the company's)." };
        var price = new Option<string?>("--price-per-seat") { Description = "The price per seat of the customer's agreement additions, such as 12.50 (instead of each subscription's)." };
        var json = CommonArguments.Json();
        var command = new Command("link", "Link an existing BSS account to a ConnectWise company before any push, with the agreement's contact and price per seat; the next push adopts that company.") { name, account, company, contact, price, json };
        command.SetHostAction(globals, async (context, cancellationToken) =>
        {
            var pricePerSeat = CustomerLinking.ParsePrice(context.Get(price), "--price-per-seat");
            using var services = await context.OpenServicesAsync(cancellationToken).ConfigureAwait(false);
            var request = new CustomerLinkRequest
            {
                AccountId = context.Get(account) ?? string.Empty,
                Company = context.Get(company) ?? string.Empty,
                ContactId = context.Get(contact),
                PricePerSeat = pricePerSeat,
            };
            var outcome = await new CustomerLinking(services).LinkAsync(context.Get(name), request, cancellationToken).ConfigureAwait(false);
            if (context.Get(json))
            {
                CliJson.Write(context.Output, outcome);
                return outcome.Linked ? 0 : 1;
            }

            if (!outcome.Linked)
            {
                throw new HostException($"{outcome.FailureKind}: {outcome.Message}");
            }

            await context.Output.WriteLineAsync(outcome.Message).ConfigureAwait(false);
            foreach (var change in outcome.NextPush)
            {
                await context.Output.WriteLineAsync($"The next push sets the company's {change} (the BSS owns the account's identity).").ConfigureAwait(false);
            }

            return 0;
        });
        return command;
    }

    private static (Argument<string> Name, Argument<string> Module, Argument<string> BssId) Arguments(string bssIdDescription) =>
        (CommonArguments.Instance(), CommonArguments.Module(), new Argument<string>("BSSID") { Description = bssIdDescription });
}
