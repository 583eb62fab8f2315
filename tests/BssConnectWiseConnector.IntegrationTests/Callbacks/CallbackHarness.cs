using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using Bss.IntegrationFramework;
using Bss.IntegrationFramework.Host.Callbacks;
using Bss.IntegrationFramework.Host.Storage;
using Bss.IntegrationFramework.Host.Sync;
using Bss.IntegrationFramework.Host.Web;
using BssConnectWiseConnector.IntegrationTests.Support;
using ConnectWise.Simulator;

namespace BssConnectWiseConnector.IntegrationTests.Callbacks;

/// <summary>
/// A host whose instance 'acme' has its three accounts pushed to an in-process simulator, its web server on
/// 127.0.0.1 and its callbacks enabled with that address as the public URL; a second API member ("Technician")
/// makes the changes an MSP makes by hand.
/// </summary>
internal sealed class CallbackHarness : IAsyncDisposable
{
    public const string Instance = "acme";

    private CallbackHarness(TestHost host, ConnectWiseSimulator simulator, SettingsWebApp web, InstanceInfo instance)
    {
        Host = host;
        Simulator = simulator;
        Web = web;
        InstanceInfo = instance;
        Technician = TechnicianClient(simulator);
    }

    public TestHost Host { get; }

    public ConnectWiseSimulator Simulator { get; }

    public SettingsWebApp Web { get; }

    public InstanceInfo InstanceInfo { get; }

    public HttpClient Technician { get; }

    public Uri Receiver => new(Web.Url, "callbacks/" + Instance);

    public static async Task<CallbackHarness> StartAsync(CancellationToken cancellationToken, SimulatorProfile profile = SimulatorProfile.Normal, bool enable = true)
    {
        var options = new SimulatorOptions { Profile = profile };
        options.ApiMembers.Add(SimulatorApiMember.Create("Technician", "tech-public", "tech-private", ApiPermission.All));
        var simulator = await ConnectWiseSimulator.StartAsync(options, cancellationToken);
        var host = await TestHost.StartAsync(cancellationToken);
        var instance = await SimulatorInstance.ActivateAsync(host.Services, simulator, Instance, cancellationToken);
        await host.Services.Records.UpsertAsync(SampleAccounts.Create(3), cancellationToken);
        var pushed = await new SyncRunner(host.Services).RunAsync(new SyncRequest { InstanceName = Instance, Modules = [BssModules.Accounts] }, null, cancellationToken);
        Assert.AreEqual(RunStatus.Succeeded, pushed.Status);
        var web = await SettingsWebApp.StartAsync(host.Services, new WebAppOptions { Url = "http://127.0.0.1:0" }, cancellationToken);
        var harness = new CallbackHarness(host, simulator, web, instance);
        if (enable)
        {
            await new CallbackRegistrar(host.Services).EnableAsync(Instance, web.Url.ToString(), null, cancellationToken);
        }

        return harness;
    }

    /// <summary>The ConnectWise id of an account the harness pushed.</summary>
    public async Task<int> CompanyIdAsync(string accountId, CancellationToken cancellationToken)
    {
        var links = await Host.Services.LinksOf(InstanceInfo).GetManyAsync(BssModules.Accounts, [accountId], cancellationToken);
        return int.Parse(links[accountId].RemoteId, System.Globalization.CultureInfo.InvariantCulture);
    }

    // The phone, not the name: a company's name is the BSS's by default (docs/two-way-sync.md), its phone merges two-way.
    /// <summary>Changes a company's phone as the technician would, through the simulator's API.</summary>
    public async Task ChangeCompanyPhoneAsync(int companyId, string phone, CancellationToken cancellationToken)
    {
        using var response = await Technician.PatchAsync(
            $"company/companies/{companyId}",
            new StringContent($$"""[{"op":"replace","path":"phoneNumber","value":"{{phone}}"}]""", Encoding.UTF8, "application/json"),
            cancellationToken);
        Assert.IsTrue(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync(cancellationToken));
    }

    public Task<Account?> AccountAsync(string accountId, CancellationToken cancellationToken) =>
        Host.Services.Records.FindAsync<Account>(accountId, cancellationToken);

    /// <summary>Waits until the condition holds, or the timeout passes; gives the time it took, or null.</summary>
    public static async Task<TimeSpan?> WaitUntilAsync(Func<Task<bool>> condition, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < timeout)
        {
            if (await condition())
            {
                return watch.Elapsed;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(10), cancellationToken);
        }

        return await condition() ? watch.Elapsed : null;
    }

    /// <summary>The notifications waiting in the store for the worker.</summary>
    public async Task<int> QueuedAsync(CancellationToken cancellationToken) =>
        (await new CallbackStore(Host.Services.Database).PeekAsync(InstanceInfo.Id, 10_000, cancellationToken)).Count;

    public async ValueTask DisposeAsync()
    {
        Technician.Dispose();
        await Web.DisposeAsync();
        await Simulator.DisposeAsync();
        await Host.DisposeAsync();
    }

    private static HttpClient TechnicianClient(ConnectWiseSimulator simulator)
    {
        var client = new HttpClient { BaseAddress = simulator.ApiBaseUrl };
        var credentials = $"{simulator.Options.CompanyId}+tech-public:tech-private";
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(credentials)));
        client.DefaultRequestHeaders.Add("clientId", simulator.Options.ClientId);
        client.DefaultRequestHeaders.Accept.ParseAdd("application/vnd.connectwise.com+json; version=2026.4");
        return client;
    }
}
