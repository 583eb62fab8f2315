using System.Net;
using ConnectWise.Simulator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Bss.IntegrationFramework.Host.Web;

/// <summary>
/// The settings pages of the host: ASP.NET Core on a loopback address, over the same services as the command line.
/// Optionally with the embedded ConnectWise simulator, offered as the site of new instances.
/// </summary>
internal sealed class SettingsWebApp : IAsyncDisposable
{
    private readonly WebApplication _app;

    private SettingsWebApp(WebApplication app, Uri url, ConnectWiseSimulator? simulator)
    {
        _app = app;
        Url = url;
        Simulator = simulator;
    }

    /// <summary>Gets the address of the pages.</summary>
    public Uri Url { get; }

    /// <summary>Gets the embedded simulator, if it was started.</summary>
    public ConnectWiseSimulator? Simulator { get; }

    /// <summary>Starts the pages (and the simulator when asked).</summary>
    /// <param name="services">The host services; they must outlive the pages.</param>
    /// <param name="options">Where to listen and whether to start the simulator.</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <returns>The running pages; dispose them to stop.</returns>
    /// <exception cref="HostException">The address is not a loopback http address.</exception>
    public static async Task<SettingsWebApp> StartAsync(HostServices services, WebAppOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(options);
        var endpoint = LoopbackEndpoint(options.Url);
        var simulator = options.Simulator ? await ConnectWiseSimulator.StartAsync(new SimulatorOptions(), cancellationToken).ConfigureAwait(false) : null;
        try
        {
            // The content root is the host's own folder (not the current directory): wwwroot is copied there by the build.
            var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions
            {
                ApplicationName = typeof(SettingsWebApp).Assembly.GetName().Name,
                ContentRootPath = AppContext.BaseDirectory,
                WebRootPath = Path.Combine(AppContext.BaseDirectory, "wwwroot"),
            });
            builder.WebHost.UseKestrelCore();
            builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(endpoint));
            builder.Services.AddRoutingCore();
            builder.Services.AddLogging(logging => logging.ClearProviders());
            builder.Services.AddSingleton<IHostLifetime, QuietHostLifetime>();

            // Tokens only need to outlive a page in this process; keys kept nowhere means nothing to protect on disk.
            builder.Services.AddDataProtection().UseEphemeralDataProtectionProvider();
            builder.Services.AddAntiforgery(o =>
            {
                o.Cookie.Name = "bss-host-af";
                o.Cookie.SameSite = SameSiteMode.Strict;
                o.Cookie.HttpOnly = true;
            });
            // The pages are Razor components rendered on the server (RazorComponentResult); nothing is interactive.
            builder.Services.AddRazorComponents();
            builder.Services.AddSingleton(services);
            builder.Services.AddSingleton(new WebDefaults(simulator?.SiteUrl));
            builder.Services.AddSingleton<SyncJobs>();
            builder.Services.AddSingleton<WebErrorFilter>();
            var connectors = new Callbacks.CallbackConnectors(services);
            builder.Services.AddSingleton(connectors);
            builder.Services.AddSingleton(new Callbacks.CallbackWorker(services, connectors));
            builder.Services.AddSingleton(provider => new Callbacks.CallbackReceiver(
                services, new Callbacks.SigningKeyCache(services.TimeProvider), connectors, provider.GetRequiredService<Callbacks.CallbackWorker>().Wake));

            var app = builder.Build();
            // Callbacks come through the public name of the TLS proxy and are authenticated by their signature.
            app.UseWhen(http => !CallbackEndpoints.IsCallback(http.Request), pipeline => pipeline.Use(LoopbackHostFilter.InvokeAsync));
            app.Use(SecurityHeaders.ApplyAsync);
            app.UseStaticFiles(StaticAssets.Options(app.Environment.WebRootFileProvider));
            app.UseRouting();
            app.MapGet("/favicon.ico", () => Results.NoContent());
            var pages = app.MapGroup(string.Empty).AddEndpointFilter<WebErrorFilter>();
            InstancesEndpoints.Map(pages);
            SettingsEndpoints.Map(pages);
            OptionsEndpoints.Map(pages);
            LookupsEndpoints.Map(pages);
            CheckEndpoints.Map(pages);
            SyncEndpoints.Map(pages);
            ReportEndpoints.Map(pages);
            AlertsEndpoints.Map(pages);
            CallbacksEndpoints.Map(pages);
            CallbackEndpoints.Map(app);
            PlanEndpoints.Map(pages);
            LinkEndpoints.Map(pages);
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
            app.Services.GetRequiredService<Callbacks.CallbackWorker>().Start();

            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()
                ?? throw new HostException("The web server reported no address.");
            return new SettingsWebApp(app, new Uri(address.TrimEnd('/') + "/"), simulator);
        }
        catch
        {
            if (simulator is not null)
            {
                await simulator.DisposeAsync().ConfigureAwait(false);
            }

            throw;
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync(CancellationToken.None).ConfigureAwait(false);
        await _app.Services.GetRequiredService<Callbacks.CallbackWorker>().DisposeAsync().ConfigureAwait(false);
        await _app.Services.GetRequiredService<Callbacks.CallbackConnectors>().DisposeAsync().ConfigureAwait(false);
        await _app.Services.GetRequiredService<SyncJobs>().WhenIdleAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
        if (Simulator is not null)
        {
            await Simulator.DisposeAsync().ConfigureAwait(false);
        }
    }

    private static IPEndPoint LoopbackEndpoint(string url)
    {
        // The pages have no sign-in: anyone who reaches them can change settings, so they listen on loopback only.
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttp)
        {
            throw new HostException($"'{url}' is not an http:// address such as {WebAppOptions.DefaultUrl}.");
        }

        var address = uri.IsLoopback && string.Equals(uri.Host, "localhost", StringComparison.OrdinalIgnoreCase)
            ? IPAddress.Loopback
            : IPAddress.TryParse(uri.Host.Trim('[', ']'), out var parsed) ? parsed : null;
        if (address is null || !IPAddress.IsLoopback(address))
        {
            throw new HostException($"The settings pages have no sign-in, so they listen on a loopback address only (127.0.0.1, localhost or [::1]), not '{uri.Host}'.");
        }

        return new IPEndPoint(address, uri.Port);
    }
}
