using Bss.IntegrationFramework.Host;

namespace BssConnectWiseConnector.IntegrationTests.Support;

/// <summary>A host with its own temporary store, the plugins of the test output and loopback http allowed.</summary>
internal sealed class TestHost : IAsyncDisposable
{
    private TestHost(string directory, HostServices services)
    {
        Directory = directory;
        Services = services;
    }

    public string Directory { get; }

    public string DatabasePath => Path.Combine(Directory, "bss.db");

    public HostServices Services { get; }

    public static async Task<TestHost> StartAsync(CancellationToken cancellationToken, TimeProvider? timeProvider = null, IReadOnlyList<TimeSpan>? webhookRetryDelays = null)
    {
        var directory = Path.Combine(Path.GetTempPath(), "bss-tests-" + Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(directory);
        var services = await HostServices.OpenAsync(
            new HostSettings
            {
                DatabasePath = Path.Combine(directory, "bss.db"),
                AllowLoopbackHttp = true,
                TimeProvider = timeProvider ?? TimeProvider.System,
                WebhookRetryDelays = webhookRetryDelays ?? [TimeSpan.FromMilliseconds(10), TimeSpan.FromMilliseconds(20)],
            },
            cancellationToken);
        return new TestHost(directory, services);
    }

    public ValueTask DisposeAsync()
    {
        Services.Dispose();
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
        }

        return ValueTask.CompletedTask;
    }
}
