using Bss.IntegrationFramework.Host.Web;
using BssConnectWiseConnector.IntegrationTests.Support;

namespace BssConnectWiseConnector.IntegrationTests.Web;

/// <summary>The host's settings pages on 127.0.0.1 with a temporary store, three BSS accounts and the embedded simulator.</summary>
internal sealed class WebAppUnderTest : IAsyncDisposable
{
    private WebAppUnderTest(TestHost host, SettingsWebApp app)
    {
        Host = host;
        App = app;
    }

    public TestHost Host { get; }

    public SettingsWebApp App { get; }

    public static async Task<WebAppUnderTest> StartAsync(CancellationToken cancellationToken)
    {
        var host = await TestHost.StartAsync(cancellationToken);
        try
        {
            await host.Services.Records.UpsertAsync(SampleAccounts.Create(3), cancellationToken);
            var app = await SettingsWebApp.StartAsync(host.Services, new WebAppOptions { Url = "http://127.0.0.1:0", Simulator = true }, cancellationToken);
            Assert.IsTrue(app.Url.IsLoopback, app.Url.ToString());
            return new WebAppUnderTest(host, app);
        }
        catch
        {
            await host.DisposeAsync();
            throw;
        }
    }

    public Uri Page(string path) => new(App.Url, path);

    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        await Host.DisposeAsync();
    }
}
