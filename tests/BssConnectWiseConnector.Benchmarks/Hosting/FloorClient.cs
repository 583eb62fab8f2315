using System.Diagnostics;
using System.Runtime.InteropServices;

namespace BssConnectWiseConnector.Benchmarks.Hosting;

/// <summary>
/// The .NET floor (tests/BssConnectWiseConnector.Benchmarks.Floor): the least a .NET process on this runtime does to
/// read the same companies (HttpClient and Newtonsoft.Json into a small class; no plugin, settings, store or mapping),
/// published as the host is deployed (self-contained, composite ReadyToRun) and measured as a whole process, so the
/// host's figures stand beside what the runtime alone costs (docs/benchmarks.md, "The .NET floor").
/// </summary>
internal sealed class FloorClient
{
    private static FloorClient? _published;

    private readonly string _executable;

    private FloorClient(string executable) => _executable = executable;

    /// <summary>Publishes the floor once per benchmark process.</summary>
    public static async Task<FloorClient> PublishAsync(CancellationToken cancellationToken)
    {
        if (_published is not null)
        {
            return _published;
        }

        var root = HostCommandLine.FindRepositoryRoot();
        var output = Path.Combine(root, "tests", "BssConnectWiseConnector.Benchmarks", "bin", "floor-publish", RuntimeInformation.RuntimeIdentifier);
        Console.WriteLine($"publishing the .NET floor as the host is deployed (self-contained, ReadyToRun composite) to {output} …");
        await DotnetPublish.RunAsync(
            Path.Combine(root, "tests", "BssConnectWiseConnector.Benchmarks.Floor"),
            HostCommandLine.Configuration,
            output,
            ["--self-contained", "true", "-p:PublishReadyToRun=true", "-p:PublishReadyToRunComposite=true"],
            cancellationToken);
        var name = "BssConnectWiseConnector.Benchmarks.Floor" + (OperatingSystem.IsWindows() ? ".exe" : string.Empty);
        return _published = new FloorClient(Path.Combine(output, name));
    }

    /// <summary>The runtime's start and exit, nothing else.</summary>
    public Task<(ChildRun Run, int Records)> StartAsync(CancellationToken cancellationToken) => RunAsync(cancellationToken, "start");

    /// <summary>An incremental pull's requests with nothing to read: companyinfo, then one list request that matches nothing.</summary>
    public Task<(ChildRun Run, int Records)> NothingAsync(Uri siteUrl, CancellationToken cancellationToken) =>
        RunAsync(cancellationToken, "nothing", siteUrl.ToString(), new ConnectWise.Simulator.SimulatorOptions().CompanyId);

    /// <summary>Every company, in pages of 1000 by page number, as the peer reads them.</summary>
    public Task<(ChildRun Run, int Records)> ReadCompaniesAsync(Uri siteUrl, CancellationToken cancellationToken) =>
        RunAsync(cancellationToken, "read", siteUrl.ToString(), new ConnectWise.Simulator.SimulatorOptions().CompanyId);

    private async Task<(ChildRun Run, int Records)> RunAsync(CancellationToken cancellationToken, params string[] args)
    {
        var credentials = new ConnectWise.Simulator.SimulatorOptions();
        var start = new ProcessStartInfo(_executable);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["CW_PUBLIC_KEY"] = credentials.PublicKey;
        start.Environment["CW_PRIVATE_KEY"] = credentials.PrivateKey;
        start.Environment["CW_CLIENT_ID"] = credentials.ClientId;
        var run = await ChildProcessMeter.RunAsync(start, cancellationToken);
        return (run, run.Records("the .NET floor"));
    }
}
