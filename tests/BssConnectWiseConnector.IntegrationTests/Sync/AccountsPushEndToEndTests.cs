using System.Text.Json.Nodes;
using Bss.IntegrationFramework;
using Bss.IntegrationFramework.Host.Storage;
using Bss.IntegrationFramework.Host.Sync;
using BssConnectWiseConnector.IntegrationTests.Support;
using ConnectWise.Simulator;

namespace BssConnectWiseConnector.IntegrationTests.Sync;

[TestClass]
public sealed class AccountsPushEndToEndTests
{
    private const string Companies = "company/companies";

    public TestContext TestContext { get; set; } = null!;

    private CancellationToken Token => TestContext.CancellationToken;

    [TestMethod]
    public async Task Push_NewAccounts_CreatesCompaniesWithMappedFieldsAndStoresLinks()
    {
        await using var simulator = await ConnectWiseSimulator.StartAsync(new SimulatorOptions(), Token);
        await using var host = await TestHost.StartAsync(Token);
        var instance = await SimulatorInstance.ActivateAsync(host.Services, simulator, "e2e", Token);
        var accounts = SampleAccounts.Create(5);
        await host.Services.Records.UpsertAsync(accounts, Token);

        var run = await new SyncRunner(host.Services).RunAsync(Push(), null, Token);

        Assert.AreEqual(RunStatus.Succeeded, run.Status, string.Join("; ", run.Results.Select(r => r.Reason)));
        Assert.IsTrue(run.Results.All(r => r.Outcome == nameof(PushOutcome.Created)));
        Assert.AreEqual(5, simulator.Store.Count(Companies));
        var links = await host.Services.LinksOf(instance).ListAsync(BssModules.Accounts, Token);
        Assert.HasCount(5, links);
        foreach (var account in accounts)
        {
            var link = links.Single(l => l.BssId == account.Id);
            Assert.IsFalse(string.IsNullOrEmpty(link.PayloadHash));
            var company = simulator.Store.Get(Companies, int.Parse(link.RemoteId, System.Globalization.CultureInfo.InvariantCulture));
            Assert.IsNotNull(company, $"company {link.RemoteId} of {account.Id}");
            Assert.AreEqual(account.Code, Text(company, "identifier"));
            Assert.AreEqual(account.Name, Text(company, "name"));
            Assert.AreEqual(account.BillingAddress!.Line1, Text(company, "addressLine1"));
            Assert.AreEqual(account.BillingAddress.City, Text(company, "city"));
            Assert.AreEqual(account.BillingAddress.PostalCode, Text(company, "zip"));
            Assert.AreEqual(account.Phone, Text(company, "phoneNumber"));
            Assert.AreEqual(account.Website, Text(company, "website"));
        }
    }

    [TestMethod]
    public async Task Push_Again_SendsNoWriteAndReportsEveryAccountUnchanged()
    {
        await using var simulator = await ConnectWiseSimulator.StartAsync(new SimulatorOptions(), Token);
        await using var host = await TestHost.StartAsync(Token);
        await SimulatorInstance.ActivateAsync(host.Services, simulator, "e2e", Token);
        await host.Services.Records.UpsertAsync(SampleAccounts.Create(4), Token);
        var runner = new SyncRunner(host.Services);
        var first = await runner.RunAsync(Push(), null, Token);
        Assert.AreEqual(RunStatus.Succeeded, first.Status, string.Join("; ", first.Results.Select(r => r.Reason)));
        var writesBefore = simulator.Requests.WriteCount;

        var second = await runner.RunAsync(Push(), null, Token);

        Assert.AreEqual(0, simulator.Requests.WriteCount - writesBefore);
        Assert.HasCount(4, second.Results);
        Assert.IsTrue(second.Results.All(r => r.Outcome == nameof(PushOutcome.Unchanged)));
        Assert.AreEqual(4, second.Modules.Single().Unchanged);
        var logged = await host.Services.Runs.FindAsync(second.RunId, Token);
        Assert.AreEqual(RunStatus.Succeeded, logged?.Status);
        Assert.AreEqual(second.Requests, logged?.Requests);
    }

    [TestMethod]
    public async Task Push_ChangedAccount_UpdatesOnlyThatCompany()
    {
        await using var simulator = await ConnectWiseSimulator.StartAsync(new SimulatorOptions(), Token);
        await using var host = await TestHost.StartAsync(Token);
        await SimulatorInstance.ActivateAsync(host.Services, simulator, "e2e", Token);
        var accounts = SampleAccounts.Create(3);
        await host.Services.Records.UpsertAsync(accounts, Token);
        var runner = new SyncRunner(host.Services);
        await runner.RunAsync(Push(), null, Token);
        await host.Services.Records.UpsertAsync([accounts[1] with { Phone = "+1 217 555 9999" }], Token);

        var run = await runner.RunAsync(Push(), null, Token);

        CollectionAssert.AreEqual(
            new[] { nameof(PushOutcome.Unchanged), nameof(PushOutcome.Updated), nameof(PushOutcome.Unchanged) },
            run.Results.Select(r => r.Outcome).ToArray());
        var company = simulator.Store.Get(Companies, int.Parse(run.Results[1].RemoteId!, System.Globalization.CultureInfo.InvariantCulture));
        Assert.AreEqual("+1 217 555 9999", Text(company, "phoneNumber"));
    }

    [TestMethod]
    public async Task Push_DryRun_SendsNoWriteAndStoresNoLink()
    {
        await using var simulator = await ConnectWiseSimulator.StartAsync(new SimulatorOptions(), Token);
        await using var host = await TestHost.StartAsync(Token);
        var instance = await SimulatorInstance.ActivateAsync(host.Services, simulator, "e2e", Token);
        await host.Services.Records.UpsertAsync(SampleAccounts.Create(2), Token);

        var run = await new SyncRunner(host.Services).RunAsync(Push() with { DryRun = true }, null, Token);

        Assert.AreEqual(0, simulator.Requests.WriteCount);
        Assert.HasCount(2, run.Results);
        Assert.IsTrue(run.Results.All(r => r.Outcome == nameof(PushOutcome.Created)));
        Assert.IsEmpty(await host.Services.LinksOf(instance).ListAsync(null, Token));
    }

    [TestMethod]
    public async Task Push_AccountWithPrimaryContact_IsPushedAgainOnceTheContactIsLinkedAndTheNextRunWritesNothing()
    {
        await using var simulator = await ConnectWiseSimulator.StartAsync(new SimulatorOptions(), Token);
        await using var host = await TestHost.StartAsync(Token);
        await SimulatorInstance.ActivateAsync(host.Services, simulator, "e2e", Token);
        var account = SampleAccounts.Create(1)[0] with { PrimaryContactId = "C1" };
        await host.Services.Records.UpsertAsync([account, new Contact { Id = "C1", AccountId = account.Id, FirstName = "Ann", LastName = "Lee" }], Token);
        var runner = new SyncRunner(host.Services);
        var request = new SyncRequest { InstanceName = "e2e", Modules = [BssModules.Accounts, BssModules.Contacts] };

        var first = await runner.RunAsync(request, null, Token);
        var writes = simulator.Requests.WriteCount;
        var second = await runner.RunAsync(request, null, Token);

        Assert.AreEqual(RunStatus.Succeeded, first.Status, string.Join("; ", first.Results.Select(r => r.Reason)));
        var secondPass = first.Modules.Single(m => m.Direction == ModulePusher.SecondPass);
        Assert.AreEqual(BssModules.Accounts, secondPass.Module);
        Assert.AreEqual(1, secondPass.Updated + secondPass.Unchanged);
        Assert.IsTrue(second.Results.All(r => r.Outcome == nameof(PushOutcome.Unchanged)), string.Join(", ", second.Results.Select(r => r.Outcome)));
        Assert.IsFalse(second.Modules.Any(m => m.Direction == ModulePusher.SecondPass));
        Assert.AreEqual(writes, simulator.Requests.WriteCount);
    }

    private static SyncRequest Push() => new() { InstanceName = "e2e", Modules = [BssModules.Accounts], Direction = SyncDirection.Push };

    private static string? Text(JsonObject? node, string property) => node?[property]?.GetValue<string>();
}
