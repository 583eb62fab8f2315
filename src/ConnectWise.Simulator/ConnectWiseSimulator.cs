using System.Net;
using ConnectWise.Simulator.Api;
using ConnectWise.Simulator.Hosting;
using ConnectWise.Simulator.Schemas;
using ConnectWise.Simulator.Seeding;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ConnectWise.Simulator;

/// <summary>
/// A ConnectWise Manage REST API on Kestrel, in process: <c>login/companyinfo</c> and the resources of
/// <c>/{codebase}apis/3.0/</c>, over an in-memory store. Start it with <see cref="StartAsync"/>, dispose it to stop.
/// </summary>
public sealed class ConnectWiseSimulator : IAsyncDisposable
{
    private readonly WebApplication _app;

    private ConnectWiseSimulator(WebApplication app, SimulatorOptions options, SimulatorStore store)
    {
        _app = app;
        Options = options;
        Store = store;
    }

    /// <summary>The site root, e.g. <c>http://127.0.0.1:54321/</c>: what an administrator types as "ConnectWise URL".</summary>
    public Uri SiteUrl { get; private set; } = new("http://127.0.0.1/");

    /// <summary>The API base for the current codebase, e.g. <c>http://127.0.0.1:54321/v4_6_release/apis/3.0/</c>.</summary>
    public Uri ApiBaseUrl => new(SiteUrl, Options.CodebaseSegment + ApiRequestHandler.ApiSegment);

    /// <summary>The options the simulator runs with; <see cref="SimulatorOptions.Faults"/> and the codebase may be changed live.</summary>
    public SimulatorOptions Options { get; }

    /// <summary>Every request answered, for tests and benchmarks to count.</summary>
    public RequestLog Requests { get; } = new();

    /// <summary>The in-memory data behind the API.</summary>
    public SimulatorStore Store { get; }

    /// <summary>Starts a simulator listening on <see cref="SimulatorOptions.Urls"/> (by default a free loopback port).</summary>
    /// <param name="options">The options; defaults when null.</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <returns>The running simulator.</returns>
    public static async Task<ConnectWiseSimulator> StartAsync(SimulatorOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new SimulatorOptions();
        var endpoint = ListenAddress.Parse(options.Urls);
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(endpoint));
        builder.Services.AddSingleton<IHostLifetime, SilentHostLifetime>();
        var app = builder.Build();

        ConnectWiseSimulator? simulator = null;
        var store = new SimulatorStore(options.TimeProvider, () => simulator?.ApiBaseUrl.AbsoluteUri ?? "/");
        simulator = new ConnectWiseSimulator(app, options, store);
        var handler = new ApiRequestHandler(options, new ResourceEndpoints(store, SchemaCatalog.Default, options));
        app.Use(simulator.LogAsync);
        app.Use(new FaultInjector(options).InvokeAsync);
        app.Run(handler.HandleAsync);
        await app.StartAsync(cancellationToken).ConfigureAwait(false);

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()
            ?? throw new InvalidOperationException("Kestrel reported no address.");
        simulator.SiteUrl = new Uri(address.Replace("0.0.0.0", IPAddress.Loopback.ToString(), StringComparison.Ordinal).TrimEnd('/') + "/");

        // Seeded after the port is known so that reference hrefs carry the real address; nobody can call before this returns.
        if (options.SeedDefaults)
        {
            DefaultSeed.Apply(store);
            if (options.Profile == SimulatorProfile.Strict)
            {
                HandEnteredPaymentSeed.Apply(store, options);
            }
        }

        if (!string.IsNullOrWhiteSpace(options.SeedFile))
        {
            store.Load(await File.ReadAllTextAsync(options.SeedFile, cancellationToken).ConfigureAwait(false));
        }

        return simulator;
    }

    /// <summary>Stops listening and releases the server.</summary>
    /// <returns>A task that completes when stopped.</returns>
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync(CancellationToken.None).ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }

    private async Task LogAsync(HttpContext context, RequestDelegate next)
    {
        var arrived = Options.TimeProvider.GetUtcNow();

        // The server's Date and the records' _info times come from one clock, as on a real site (RFC 9110 §6.6.1:
        // the time the origin server made the message); Kestrel's own header would follow the machine's clock.
        context.Response.Headers.Date = arrived.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
        try
        {
            await next(context).ConfigureAwait(false);
        }
        finally
        {
            var request = context.Request;
            Requests.Add(new RequestLogEntry(request.Method, request.Path.Value ?? "", request.QueryString.Value ?? "", context.Response.StatusCode, arrived)
            {
                Aborted = context.Items.ContainsKey(FaultInjector.DroppedItem) || context.RequestAborted.IsCancellationRequested,
            });
        }
    }
}
