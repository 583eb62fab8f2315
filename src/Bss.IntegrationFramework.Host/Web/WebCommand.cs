using System.CommandLine;
using Bss.IntegrationFramework.Host.Cli;

namespace Bss.IntegrationFramework.Host.Web;

/// <summary>The <c>web</c> command: serves the settings pages until Ctrl+C.</summary>
internal static class WebCommand
{
    /// <summary>Creates the command.</summary>
    /// <param name="globals">The global options.</param>
    /// <returns>The command.</returns>
    public static Command Create(GlobalOptions globals)
    {
        var url = new Option<string>("--urls")
        {
            Description = $"The loopback address to listen on (default: {WebAppOptions.DefaultUrl}; port 0 picks a free one).",
            DefaultValueFactory = _ => WebAppOptions.DefaultUrl,
        };
        var simulator = new Option<bool>("--simulator")
        {
            Description = "Also start the embedded ConnectWise simulator on 127.0.0.1 and offer it as the ConnectWise URL (for demos and tests).",
        };
        var command = new Command("web", "Serve the settings pages (instances, settings, options, lookups, check, sync, report) on 127.0.0.1 until Ctrl+C.") { url, simulator };
        command.SetHostAction(globals, async (context, cancellationToken) =>
        {
            var withSimulator = context.Get(simulator);
            using var services = await context.OpenServicesAsync(cancellationToken, allowLoopbackHttp: withSimulator).ConfigureAwait(false);
            var app = await SettingsWebApp.StartAsync(services, new WebAppOptions { Url = context.Get(url) ?? WebAppOptions.DefaultUrl, Simulator = withSimulator }, cancellationToken).ConfigureAwait(false);
            await using (app.ConfigureAwait(false))
            {
                await context.Output.WriteLineAsync($"Settings pages: {app.Url} (store {services.Database.FilePath}). Ctrl+C stops.").ConfigureAwait(false);
                if (app.Simulator is { } running)
                {
                    await context.Output.WriteLineAsync($"ConnectWise simulator: {running.SiteUrl} (company {running.Options.CompanyId}).").ConfigureAwait(false);
                }

                try
                {
                    await Task.Delay(Timeout.Infinite, cancellationToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
                {
                    // Ctrl+C is how the pages are meant to stop; syncs they started stop between batches.
                }
            }

            return 0;
        });
        return command;
    }
}
