using System.Runtime.InteropServices;
using Microsoft.Extensions.Configuration;

namespace ConnectWise.Simulator;

/// <summary>
/// Runs the simulator standalone: <c>dotnet run --project src/ConnectWise.Simulator -- --urls http://127.0.0.1:PORT</c>.
/// Every <see cref="SimulatorOptions"/> value can be set as <c>--Name value</c> or as an environment variable
/// <c>CWSIM_Name</c>, e.g. <c>--CompanyId acme --PublicKey pub --PrivateKey priv --Faults:Latency 00:00:00.200</c>.
/// </summary>
internal static class Program
{
    public static async Task<int> Main(string[] args)
    {
        var configuration = new ConfigurationBuilder()
            .AddEnvironmentVariables("CWSIM_")
            .AddCommandLine(args)
            .Build();
        var options = new SimulatorOptions { Urls = "http://127.0.0.1:5050" };
        configuration.Bind(options);

        var simulator = await ConnectWiseSimulator.StartAsync(options).ConfigureAwait(false);
        await using var disposal = simulator.ConfigureAwait(false);
        Console.WriteLine("ConnectWise simulator (API version 2026.4) is running.");
        Console.WriteLine($"  ConnectWise URL : {simulator.SiteUrl}");
        Console.WriteLine($"  API base URL    : {simulator.ApiBaseUrl}");
        Console.WriteLine($"  Company ID      : {options.CompanyId}");
        Console.WriteLine($"  Public key      : {options.PublicKey}");
        Console.WriteLine($"  Private key     : {options.PrivateKey}");
        Console.WriteLine($"  Client Id       : {options.ClientId}");
        Console.WriteLine("Press Ctrl+C to stop.");

        using var stopped = new CancellationTokenSource();
        Console.CancelKeyPress += (_, eventArgs) =>
        {
            eventArgs.Cancel = true;
            stopped.Cancel();
        };
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
        {
            context.Cancel = true;
            stopped.Cancel();
        });
        try
        {
            await Task.Delay(Timeout.Infinite, stopped.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Ctrl+C or SIGTERM: fall through to dispose.
        }

        return 0;
    }
}
