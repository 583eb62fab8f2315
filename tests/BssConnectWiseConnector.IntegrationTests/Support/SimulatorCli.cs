using ConnectWise.Simulator;

namespace BssConnectWiseConnector.IntegrationTests.Support;

/// <summary>A store with an instance 'acme' pointed at an in-process simulator, driven through the command line.</summary>
internal sealed class SimulatorCli : IAsyncDisposable
{
    private static readonly System.Text.Json.JsonSerializerOptions WebJson = new(System.Text.Json.JsonSerializerDefaults.Web);
    private readonly TempFolder _folder = new();

    private SimulatorCli(ConnectWiseSimulator simulator)
    {
        Simulator = simulator;
        Cli = new CliRunner(_folder.DatabasePath);
    }

    public ConnectWiseSimulator Simulator { get; }

    public CliRunner Cli { get; }

    public TempFolder Folder => _folder;

    public static async Task<SimulatorCli> StartAsync(CancellationToken cancellationToken, SimulatorOptions? options = null, int accounts = 3)
    {
        var simulator = await ConnectWiseSimulator.StartAsync(options ?? new SimulatorOptions(), cancellationToken);
        var harness = new SimulatorCli(simulator);
        var vars = SimulatorInstance.Variables(simulator).SelectMany(v => new[] { "--var", $"{v.Key}={v.Value}" });
        await harness.RunOkAsync(cancellationToken, ["instance", "activate", "acme", .. vars]);
        await harness.RunOkAsync(cancellationToken, "lookups", "set", "acme", "AccountType", "Customer", SimulatorInstance.CustomerTypeId);
        await harness.RunOkAsync(cancellationToken, "lookups", "set", "acme", "AccountType", "Prospect", SimulatorInstance.ProspectTypeId);
        if (accounts > 0)
        {
            var file = harness.Folder.File("accounts.json", System.Text.Json.JsonSerializer.Serialize(new { accounts = SampleAccounts.Create(accounts) }, WebJson));
            await harness.RunOkAsync(cancellationToken, "bss", "import", file);
        }

        return harness;
    }

    public Task<CliResult> RunAsync(CancellationToken cancellationToken, params string[] args) =>
        Cli.RunAsync(cancellationToken, [.. args, "--allow-loopback-http"]);

    public async Task<CliResult> RunOkAsync(CancellationToken cancellationToken, params string[] args)
    {
        var result = await RunAsync(cancellationToken, args);
        Assert.AreEqual(0, result.ExitCode, $"{string.Join(' ', args)}: {result}");
        return result;
    }

    public async ValueTask DisposeAsync()
    {
        await Simulator.DisposeAsync();
        _folder.Dispose();
    }
}
