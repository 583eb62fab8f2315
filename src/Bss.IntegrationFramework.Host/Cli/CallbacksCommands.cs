using System.CommandLine;
using System.Globalization;
using Bss.IntegrationFramework.Host.Callbacks;

namespace Bss.IntegrationFramework.Host.Cli;

/// <summary>The <c>callbacks</c> commands: enable, disable and show an instance's ConnectWise callbacks.</summary>
internal static class CallbacksCommands
{
    /// <summary>Creates the command group.</summary>
    /// <param name="globals">The global options.</param>
    /// <returns>The command.</returns>
    public static Command Create(GlobalOptions globals) =>
        new("callbacks", "Near-real-time pull: ConnectWise posts changes to the host's web server (see docs/host.md), polling stays as the safety net.")
        {
            Enable(globals),
            Disable(globals),
            Show(globals),
        };

    private static Command Enable(GlobalOptions globals)
    {
        var name = CommonArguments.Instance();
        var url = new Option<string>("--url") { Description = "The public https address ConnectWise reaches the host at (TLS in front of `web`); the receiver is {url}/callbacks/{instance}.", Required = true };
        var modules = new Option<string[]>("--module") { Description = "A module to be notified of (default: every notifiable module).", AllowMultipleArgumentsPerToken = true };
        var command = new Command("enable", "Register the instance's callbacks with ConnectWise (again: still one per module).") { name, url, modules };
        command.SetHostAction(globals, async (context, cancellationToken) =>
        {
            using var services = await context.OpenServicesAsync(cancellationToken).ConfigureAwait(false);
            var chosen = context.Get(modules)?.Select(CommonArguments.CanonicalModule).ToArray();
            var overview = await new CallbackRegistrar(services).EnableAsync(context.Get(name), context.Get(url) ?? string.Empty, chosen, cancellationToken).ConfigureAwait(false);
            await context.Output.WriteLineAsync($"Callbacks of '{overview.Instance}' post to {overview.ReceiverUrl}.").ConfigureAwait(false);
            Write(context.Output, overview.Registrations);
            return 0;
        });
        return command;
    }

    private static Command Disable(GlobalOptions globals)
    {
        var name = CommonArguments.Instance();
        var url = new Option<string?>("--url") { Description = "The public address ours were registered for, when the host no longer knows it." };
        var command = new Command("disable", "Remove the instance's callbacks from ConnectWise (ours only; other integrations' stay).") { name, url };
        command.SetHostAction(globals, async (context, cancellationToken) =>
        {
            using var services = await context.OpenServicesAsync(cancellationToken).ConfigureAwait(false);
            var removed = await new CallbackRegistrar(services).DisableAsync(context.Get(name), context.Get(url), cancellationToken).ConfigureAwait(false);
            await context.Output.WriteLineAsync($"Removed {Wording.Count(removed.Count, "callback")} of ours; the schedule's polling pulls changes again.").ConfigureAwait(false);
            return 0;
        });
        return command;
    }

    private static Command Show(GlobalOptions globals)
    {
        var name = CommonArguments.Instance();
        var json = CommonArguments.Json();
        var command = new Command("show", "The instance's callbacks: the receiver, our registrations in ConnectWise, the last callback received.") { name, json };
        command.SetHostAction(globals, async (context, cancellationToken) =>
        {
            using var services = await context.OpenServicesAsync(cancellationToken).ConfigureAwait(false);
            var overview = await new CallbackRegistrar(services).ShowAsync(context.Get(name), cancellationToken).ConfigureAwait(false);
            if (context.Get(json))
            {
                CliJson.Write(context.Output, overview);
                return 0;
            }

            if (overview.Settings is null)
            {
                await context.Output.WriteLineAsync($"Callbacks of '{overview.Instance}' are not enabled (notifiable: {string.Join(", ", overview.NotifiableModules)}).").ConfigureAwait(false);
                return 0;
            }

            await context.Output.WriteLineAsync($"Callbacks of '{overview.Instance}' post to {overview.ReceiverUrl}, enabled {overview.Settings.EnabledAt.ToString("u", CultureInfo.InvariantCulture)}; last received: {(overview.Settings.LastReceivedAt is { } at ? at.ToString("u", CultureInfo.InvariantCulture) : "never")}.").ConfigureAwait(false);
            Write(context.Output, overview.Registrations);
            return 0;
        });
        return command;
    }

    private static void Write(TextWriter output, IReadOnlyList<NotificationRegistration> registrations)
    {
        if (registrations.Count == 0)
        {
            output.WriteLine("  ConnectWise holds no callback of ours for it.");
        }

        foreach (var registration in registrations)
        {
            output.WriteLine($"  {registration.Module,-14} callback {registration.RemoteId,-6} {(registration.Active ? "active" : "inactive")}{(registration.SuppressesOwnWrites ? ", our own writes left out" : string.Empty)}");
        }
    }
}
