using Bss.IntegrationFramework;
using Bss.IntegrationFramework.Host.Lookups;
using BssConnectWiseConnector.IntegrationTests.Support;

namespace BssConnectWiseConnector.IntegrationTests.Lookups;

[TestClass]
public sealed class BssFieldValuesTests
{
    public TestContext TestContext { get; set; } = null!;

    private CancellationToken Token => TestContext.CancellationToken;

    [TestMethod]
    public async Task GetAsync_NothingWrittenSinceTheLastCall_ReadsNoRecord()
    {
        await using var host = await TestHost.StartAsync(Token);
        await host.Services.Records.UpsertAsync([new Account { Id = "A-1", Name = "One", Type = "Customer" }, new Account { Id = "A-2", Name = "Two", Type = "Partner" }], Token);
        var values = new BssFieldValues(host.Services.Records);
        var first = await values.GetAsync(BssModules.Accounts, "type", Token);
        var recordReads = 0;
        host.Services.Database.StatementTrace = sql => { if (sql.Contains("SELECT json FROM bss_records", StringComparison.Ordinal)) { Interlocked.Increment(ref recordReads); } };

        var second = await values.GetAsync(BssModules.Accounts, "type", Token);

        host.Services.Database.StatementTrace = null;
        CollectionAssert.AreEqual(new[] { "Customer", "Partner" }, first.ToArray());
        CollectionAssert.AreEqual(first.ToArray(), second.ToArray());
        Assert.AreEqual(0, recordReads);
    }

    [TestMethod]
    public async Task GetAsync_ThousandsOfRecords_ReadsThemInOneQueryAndFindsEveryDistinctValue()
    {
        await using var host = await TestHost.StartAsync(Token);
        var types = new[] { "Customer", "Partner", "Reseller" };
        await host.Services.Records.UpsertAsync([.. Enumerable.Range(1, 3000).Select(i => new Account { Id = $"A-{i}", Name = $"Company {i}", Type = types[i % 3] })], Token);
        var recordReads = 0;
        host.Services.Database.StatementTrace = sql => { if (sql.Contains("SELECT json FROM bss_records", StringComparison.Ordinal)) { Interlocked.Increment(ref recordReads); } };

        var values = await new BssFieldValues(host.Services.Records).GetAsync(BssModules.Accounts, "type", Token);

        host.Services.Database.StatementTrace = null;
        CollectionAssert.AreEqual(types, values.ToArray());
        Assert.AreEqual(1, recordReads);
    }

    [TestMethod]
    public async Task GetAsync_RecordChangedOrAdded_ReadsTheNewValues()
    {
        await using var host = await TestHost.StartAsync(Token);
        await host.Services.Records.UpsertAsync([new Account { Id = "A-1", Name = "One", Type = "Customer" }], Token);
        var values = new BssFieldValues(host.Services.Records);
        await values.GetAsync(BssModules.Accounts, "type", Token);

        await host.Services.Records.UpsertAsync([new Account { Id = "A-1", Name = "One", Type = "Reseller" }], Token);
        var afterChange = await values.GetAsync(BssModules.Accounts, "type", Token);
        await host.Services.Records.UpsertAsync([new Account { Id = "A-2", Name = "Two", Type = "Partner" }], Token);
        var afterAdd = await values.GetAsync(BssModules.Accounts, "type", Token);

        CollectionAssert.AreEqual(new[] { "Reseller" }, afterChange.ToArray());
        CollectionAssert.AreEqual(new[] { "Partner", "Reseller" }, afterAdd.ToArray());
    }

    [TestMethod]
    public async Task UpsertAsync_SameRecordAgain_KeepsTheRevision()
    {
        await using var host = await TestHost.StartAsync(Token);
        var account = new Account { Id = "A-1", Name = "One", Type = "Customer" };
        await host.Services.Records.UpsertAsync([account], Token);
        var entity = Bss.IntegrationFramework.Host.Bss.BssEntity.ForModule(BssModules.Accounts)!;
        var before = await host.Services.Records.GetRevisionAsync(entity, Token);

        await host.Services.Records.UpsertAsync([account], Token);
        var unchanged = await host.Services.Records.GetRevisionAsync(entity, Token);
        await host.Services.Records.UpsertAsync([account with { Name = "Renamed" }], Token);
        var changed = await host.Services.Records.GetRevisionAsync(entity, Token);

        Assert.IsGreaterThan(0L, before);
        Assert.AreEqual(before, unchanged);
        Assert.IsGreaterThan(before, changed);
    }
}
