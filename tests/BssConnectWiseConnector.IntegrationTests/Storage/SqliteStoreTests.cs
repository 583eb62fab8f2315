using Bss.IntegrationFramework;
using Bss.IntegrationFramework.Host;
using Bss.IntegrationFramework.Host.Storage;
using BssConnectWiseConnector.IntegrationTests.Support;

namespace BssConnectWiseConnector.IntegrationTests.Storage;

[TestClass]
public sealed class SqliteStoreTests
{
    public TestContext TestContext { get; set; } = null!;

    private CancellationToken Token => TestContext.CancellationToken;

    [TestMethod]
    public async Task LinkStore_SaveThenRead_RoundTripsByBssIdAndRemoteId()
    {
        await using var host = await TestHost.StartAsync(Token);
        var instance = await host.Services.Instances.CreateAsync("links", "BssConnectWiseConnector", Token);
        var links = host.Services.LinksOf(instance);
        var at = new DateTimeOffset(2026, 3, 1, 10, 30, 0, TimeSpan.Zero);

        await links.SaveAsync(new IntegrationLink(BssModules.Accounts, "A1", "101", "hash-1", at), Token);
        await links.SaveAsync(new IntegrationLink(BssModules.Accounts, "A2", "102", null, at), Token);
        await links.SaveAsync(new IntegrationLink(BssModules.Contacts, "A1", "900", "c", at), Token);
        await links.SaveAsync(new IntegrationLink(BssModules.Accounts, "A1", "101", "hash-2", at.AddHours(1), "{\"name\":\"Acme\"}"), Token);

        var many = await links.GetManyAsync(BssModules.Accounts, ["A1", "A2", "A3"], Token);
        Assert.HasCount(2, many);
        Assert.AreEqual(new IntegrationLink(BssModules.Accounts, "A1", "101", "hash-2", at.AddHours(1), "{\"name\":\"Acme\"}"), many["A1"]);
        Assert.IsNull(many["A2"].PayloadHash);
        var byRemote = await links.FindByRemoteIdAsync(BssModules.Contacts, "900", Token);
        Assert.AreEqual("A1", byRemote?.BssId);
        Assert.IsNull(await links.FindByRemoteIdAsync(BssModules.Accounts, "900", Token));
    }

    [TestMethod]
    public async Task LinkStore_FindLinked_AgreesWithGetManyIncludingTheHeldWrites()
    {
        await using var host = await TestHost.StartAsync(Token);
        var instance = await host.Services.Instances.CreateAsync("linked", "BssConnectWiseConnector", Token);
        var links = host.Services.LinksOf(instance);
        var at = new DateTimeOffset(2026, 3, 1, 10, 30, 0, TimeSpan.Zero);
        await links.SaveAsync(new IntegrationLink(BssModules.Accounts, "A1", "101", "h", at, "{\"name\":\"Acme\"}"), Token);
        await links.SaveAsync(new IntegrationLink(BssModules.Accounts, "A2", "102", "h", at), Token);
        await links.SaveAsync(new IntegrationLink(BssModules.Contacts, "A3", "900", "h", at), Token);

        links.HoldWrites();
        await links.RemoveAsync(BssModules.Accounts, "A2", Token);
        await links.SaveAsync(new IntegrationLink(BssModules.Accounts, "A4", "104", "h", at), Token);
        string[] asked = ["A1", "A2", "A3", "A4", "A5"];
        var linked = await links.FindLinkedAsync(BssModules.Accounts, asked, Token);
        var many = await links.GetManyAsync(BssModules.Accounts, asked, Token);
        links.TakeHeldWrites();

        CollectionAssert.AreEquivalent(new[] { "A1", "A4" }, linked.ToArray());
        CollectionAssert.AreEquivalent(many.Keys.ToArray(), linked.ToArray());
    }

    [TestMethod]
    public async Task LinkStore_FindByRemoteIds_AgreesWithTheLookupOneByOne()
    {
        await using var host = await TestHost.StartAsync(Token);
        var instance = await host.Services.Instances.CreateAsync("links", "BssConnectWiseConnector", Token);
        IIntegrationLinkStore links = host.Services.LinksOf(instance);
        var at = new DateTimeOffset(2026, 3, 1, 10, 30, 0, TimeSpan.Zero);
        await links.SaveAsync(new IntegrationLink(BssModules.Accounts, "A1", "101", "hash-1", at, "{\"name\":\"Acme\"}"), Token);
        await links.SaveAsync(new IntegrationLink(BssModules.Accounts, "A2", "102", null, at), Token);
        await links.SaveAsync(new IntegrationLink(BssModules.Contacts, "C1", "103", null, at), Token);
        string[] asked = ["101", "102", "103", "999", "101"];

        var found = await links.FindByRemoteIdsAsync(BssModules.Accounts, asked, Token);

        CollectionAssert.AreEquivalent(new[] { "101", "102" }, found.Keys.ToArray(), "another module's link and an unknown id are absent");
        foreach (var remoteId in asked.Distinct())
        {
            Assert.AreEqual(await links.FindByRemoteIdAsync(BssModules.Accounts, remoteId, Token), found.GetValueOrDefault(remoteId), remoteId);
        }

        Assert.IsEmpty(await links.FindByRemoteIdsAsync(BssModules.Accounts, [], Token));
    }

    [TestMethod]
    public async Task LinkStore_FindByRemoteIdsOfMoreIdsThanSqliteParameters_FindsEveryLink()
    {
        await using var host = await TestHost.StartAsync(Token);
        var instance = await host.Services.Instances.CreateAsync("links", "BssConnectWiseConnector", Token);
        var links = host.Services.LinksOf(instance);
        var at = new DateTimeOffset(2026, 3, 1, 10, 30, 0, TimeSpan.Zero);
        // SQLite allows at most 32,766 parameters in a statement; the ids go as one JSON parameter, so no chunking.
        var written = Enumerable.Range(1, 20_000).Select(i => new IntegrationLink(BssModules.Accounts, $"A{i}", $"{i}", null, at)).ToArray();
        var transaction = await StoreTransaction.BeginAsync(host.Services.Database, Token);
        await using (transaction)
        {
            await links.WriteAsync(transaction, new HeldLinkWrites(written, []), Token);
            await transaction.CommitAsync(Token);
        }

        var asked = Enumerable.Range(1, 40_000).Select(i => $"{i}").ToArray();
        var found = await links.FindByRemoteIdsAsync(BssModules.Accounts, asked, Token);

        Assert.HasCount(20_000, found);
        Assert.AreEqual("A1", found["1"].BssId);
        Assert.AreEqual("A20000", found["20000"].BssId);
        Assert.IsFalse(found.ContainsKey("20001"), "an id beyond the linked ones has no link");
    }

    [TestMethod]
    public async Task LinkStore_PageWriteOfAwkwardText_ReadsBackExactly()
    {
        await using var host = await TestHost.StartAsync(Token);
        var instance = await host.Services.Instances.CreateAsync("links", "BssConnectWiseConnector", Token);
        var links = host.Services.LinksOf(instance);
        var at = new DateTimeOffset(2026, 3, 1, 10, 30, 0, TimeSpan.Zero);
        // A page's links go to SQLite as one JSON parameter: what its escaping has to carry through unchanged.
        var awkward = "{\"name\":\"O'Brien \\\"&\\\" <Sons> \\\\ Zoë 株式会社 😀\",\"note\":\"tab\\tline\\n\u2028end\u0001\"}";
        var written = new[]
        {
            new IntegrationLink(BssModules.Accounts, "A<1>&\"", "101", "h\\1", at, awkward),
            new IntegrationLink(BssModules.Accounts, "Zoë\t2", "102", null, at, "tab\tnew\nline\r\u0007bell"),
        };

        var transaction = await StoreTransaction.BeginAsync(host.Services.Database, Token);
        await using (transaction)
        {
            await links.WriteAsync(transaction, new HeldLinkWrites(written, []), Token);
            await transaction.CommitAsync(Token);
        }

        var read = await links.GetManyAsync(BssModules.Accounts, [.. written.Select(l => l.BssId)], Token);
        foreach (var link in written)
        {
            Assert.AreEqual(link, read[link.BssId]);
        }
    }

    [TestMethod]
    public async Task LinkStore_Remove_ForgetsOnlyThatLink()
    {
        await using var host = await TestHost.StartAsync(Token);
        var instance = await host.Services.Instances.CreateAsync("links", "BssConnectWiseConnector", Token);
        var links = host.Services.LinksOf(instance);
        await links.SaveAsync(new IntegrationLink(BssModules.Accounts, "A1", "101", "h", DateTimeOffset.UnixEpoch), Token);
        await links.SaveAsync(new IntegrationLink(BssModules.Accounts, "A2", "102", "h", DateTimeOffset.UnixEpoch), Token);

        await links.RemoveAsync(BssModules.Accounts, "A1", Token);

        var remaining = await links.ListAsync(null, Token);
        Assert.HasCount(1, remaining);
        Assert.AreEqual("A2", remaining[0].BssId);
    }

    [TestMethod]
    public async Task LinkStore_ManyIds_ReadsBeyondTheParameterLimit()
    {
        await using var host = await TestHost.StartAsync(Token);
        var instance = await host.Services.Instances.CreateAsync("links", "BssConnectWiseConnector", Token);
        var links = host.Services.LinksOf(instance);
        var ids = Enumerable.Range(0, 1200).Select(i => $"A{i}").ToList();
        foreach (var id in ids.Where((_, i) => i % 2 == 0))
        {
            await links.SaveAsync(new IntegrationLink(BssModules.Accounts, id, "r" + id, null, DateTimeOffset.UnixEpoch), Token);
        }

        var found = await links.GetManyAsync(BssModules.Accounts, ids, Token);

        Assert.HasCount(600, found);
    }

    [TestMethod]
    public async Task LinkStore_TwoInstances_DoNotSeeEachOthersLinks()
    {
        await using var host = await TestHost.StartAsync(Token);
        var first = await host.Services.Instances.CreateAsync("first", "BssConnectWiseConnector", Token);
        var second = await host.Services.Instances.CreateAsync("second", "BssConnectWiseConnector", Token);
        await host.Services.LinksOf(first).SaveAsync(new IntegrationLink(BssModules.Accounts, "A1", "1", null, DateTimeOffset.UnixEpoch), Token);

        var seen = await host.Services.LinksOf(second).GetManyAsync(BssModules.Accounts, ["A1"], Token);

        Assert.IsEmpty(seen);
    }

    [TestMethod]
    public async Task SyncStateStore_SaveCursor_RoundTripsAndResets()
    {
        await using var host = await TestHost.StartAsync(Token);
        var instance = await host.Services.Instances.CreateAsync("cursors", "BssConnectWiseConnector", Token);
        var state = host.Services.StateOf(instance);

        Assert.IsNull(await state.GetCursorAsync(BssModules.Accounts, Token));
        await state.SaveCursorAsync(BssModules.Accounts, "2026-01-01T00:00:00Z|42", Token);
        Assert.AreEqual("2026-01-01T00:00:00Z|42", await state.GetCursorAsync(BssModules.Accounts, Token));
        await state.SaveCursorAsync(BssModules.Accounts, null, Token);
        Assert.IsNull(await state.GetCursorAsync(BssModules.Accounts, Token));
    }

    [TestMethod]
    public async Task BssRecordStore_Upsert_RoundTripsEveryEntityWithNestedValues()
    {
        await using var host = await TestHost.StartAsync(Token);
        var records = host.Services.Records;
        var account = SampleAccounts.Create(1)[0] with { Currency = "EUR" };
        var order = new Order
        {
            Id = "O1",
            AccountId = account.Id,
            OrderDate = new DateOnly(2026, 2, 3),
            Lines = [new OrderLine { ProductId = "P1", Quantity = 2.5m, UnitPrice = 10.25m }],
        };
        var subscription = new Subscription { Id = "S1", AccountId = account.Id, ProductId = "P1", Quantity = 12, Status = SubscriptionStatus.Suspended };

        var changed = await records.UpsertAsync([account, order, subscription], Token);

        Assert.AreEqual(3, changed);
        Assert.AreEqual(account, await records.FindAsync<Account>(account.Id, Token));
        var readOrder = await records.FindAsync<Order>("O1", Token);
        Assert.AreEqual(new DateOnly(2026, 2, 3), readOrder?.OrderDate);
        Assert.AreEqual(2.5m, readOrder?.Lines.Single().Quantity);
        Assert.AreEqual(SubscriptionStatus.Suspended, (await records.FindAsync<Subscription>("S1", Token))?.Status);
        Assert.IsNull(await records.FindAsync<Account>("nope", Token));
    }

    [TestMethod]
    public async Task BssRecordStore_UpsertSameRecord_ReportsNothingChanged()
    {
        await using var host = await TestHost.StartAsync(Token);
        var accounts = SampleAccounts.Create(3);
        await host.Services.Records.UpsertAsync(accounts, Token);

        var changed = await host.Services.Records.UpsertAsync([accounts[0], accounts[1] with { Name = "Renamed" }], Token);

        Assert.AreEqual(1, changed);
        var listed = await host.Services.Records.ListAsync<Account>(Token);
        CollectionAssert.AreEqual(new[] { "ACC-0001", "ACC-0002", "ACC-0003" }, listed.Select(a => a.Id).ToArray());
        Assert.AreEqual("Renamed", listed[1].Name);
    }

    [TestMethod]
    public async Task Instances_VariablesLookupsAndOptions_RoundTrip()
    {
        await using var host = await TestHost.StartAsync(Token);
        var services = host.Services;
        var instance = await services.Instances.CreateAsync("acme", "BssConnectWiseConnector", Token);

        await services.Instances.SetVariablesAsync(instance.Id, new Dictionary<string, string?> { ["CompanyId"] = "acme", ["PrivateKey"] = "env:KEY", ["PublicKey"] = "pub" }, Token);
        await services.Instances.SetVariablesAsync(instance.Id, new Dictionary<string, string?> { ["PublicKey"] = null }, Token);
        await services.Lookups.SetAsync(instance.Id, "Currency", "USD", "7", Token);
        await services.Lookups.SetAsync(instance.Id, "Currency", "USD", "8", Token);
        await services.Options.SetAsync(instance.Id, BssModules.Accounts, SyncOperation.Update, enabled: false, Token);

        var variables = await services.Instances.GetVariablesAsync(instance.Id, Token);
        Assert.HasCount(2, variables);
        Assert.AreEqual("env:KEY", variables["PrivateKey"]);
        Assert.AreEqual("8", (await services.Lookups.GetAllAsync(instance.Id, Token))["Currency"]["USD"]);
        var disabled = await services.Options.GetDisabledAsync(instance.Id, Token);
        Assert.IsTrue(disabled.Contains((BssModules.Accounts, SyncOperation.Update)));
        Assert.AreEqual("acme", (await services.Instances.FindAsync("ACME", Token))?.Name);
    }

    [TestMethod]
    public async Task Instances_CreateTwice_ThrowsHostException()
    {
        await using var host = await TestHost.StartAsync(Token);
        await host.Services.Instances.CreateAsync("acme", "BssConnectWiseConnector", Token);

        var error = await Assert.ThrowsExactlyAsync<HostException>(() => host.Services.Instances.CreateAsync("acme", "BssConnectWiseConnector", Token));

        StringAssert.Contains(error.Message, "already exists");
    }

    [TestMethod]
    public async Task Instances_InvalidName_ThrowsHostException()
    {
        await using var host = await TestHost.StartAsync(Token);

        await Assert.ThrowsExactlyAsync<HostException>(() => host.Services.Instances.CreateAsync("bad name;", "BssConnectWiseConnector", Token));
    }

    [TestMethod]
    public async Task Open_ExistingStore_KeepsDataAndSchemaVersionInWalMode()
    {
        await using var host = await TestHost.StartAsync(Token);
        await host.Services.Instances.CreateAsync("kept", "BssConnectWiseConnector", Token);

        using var reopened = await HostDatabase.OpenAsync(host.DatabasePath, TimeProvider.System, Token);
        var connection = await reopened.ConnectAsync(Token);
        await using (connection)
        {
            Assert.AreEqual((long)HostDatabase.CurrentVersion, await connection.ScalarAsync("SELECT version FROM schema_version;", Token));
            Assert.AreEqual("wal", await connection.ScalarAsync("PRAGMA journal_mode;", Token));
        }

        Assert.IsNotNull(await new InstanceStore(reopened).FindAsync("kept", Token));
    }

    [TestMethod]
    public async Task BssRecordStore_ListOfAwkwardText_ReadsBackExactlyInOrder()
    {
        await using var host = await TestHost.StartAsync(Token);
        var accounts = SampleAccounts.Create(3).ToArray();
        accounts[1] = accounts[1] with
        {
            Name = "Zürich \"Quotes\" \\ back\nslash 日本 😀 \u2028",
            BillingAddress = new Address { Line1 = "1 Rue de l'Église\t2", City = "Ærø" },
        };
        await host.Services.Records.UpsertAsync(accounts, Token);

        var listed = await host.Services.Records.ListAsync<Account>(Token);

        CollectionAssert.AreEqual(accounts, listed.ToArray());
    }

    [TestMethod]
    public async Task RunLog_ResultsOfAwkwardTextInOneBatch_ReadBackExactlyInOrder()
    {
        await using var host = await TestHost.StartAsync(Token);
        var instance = await host.Services.Instances.CreateAsync("runs", "BssConnectWiseConnector", Token);
        var runs = host.Services.Runs;
        var at = new DateTimeOffset(2026, 4, 1, 8, 0, 0, TimeSpan.Zero);
        var runId = await runs.StartAsync(instance.Id, dryRun: false, Token);
        var results = Enumerable.Range(0, 1200).Select(i => new RunResultRecord
        {
            RunId = runId,
            Module = "Contacts",
            BssId = $"C{i:D4}",
            RemoteId = i % 3 == 0 ? null : $"{i}",
            Operation = "Update",
            Outcome = i % 2 == 0 ? "Unchanged" : "Failed",
            FailureKind = i % 2 == 0 ? null : "Data",
            Reason = i % 2 == 0 ? null : $"Zoë's \"name\" \\ is 日本 😀\nline {i}",
            Attempts = 1 + (i % 4),
            At = at,
        }).ToList();

        await runs.AddResultsAsync(results, Token);

        var read = await runs.GetResultsAsync(runId, failedOnly: false, Token);
        CollectionAssert.AreEqual(results.Select(r => (r.BssId, r.RemoteId, r.Outcome, r.FailureKind, r.Reason, r.Attempts)).ToArray(), read.Select(r => (r.BssId, r.RemoteId, r.Outcome, r.FailureKind, r.Reason, r.Attempts)).ToArray());
    }

    [TestMethod]
    public async Task RunLog_StartRecordFinish_RoundTripsTotalsAndResults()
    {
        await using var host = await TestHost.StartAsync(Token);
        var instance = await host.Services.Instances.CreateAsync("runs", "BssConnectWiseConnector", Token);
        var runs = host.Services.Runs;
        var at = new DateTimeOffset(2026, 4, 1, 8, 0, 0, TimeSpan.Zero);

        var runId = await runs.StartAsync(instance.Id, dryRun: false, Token);
        await runs.AddResultsAsync(
            [
                new RunResultRecord { RunId = runId, Module = "Accounts", BssId = "A1", RemoteId = "5", Operation = "Create", Outcome = "Created", At = at },
                new RunResultRecord { RunId = runId, Module = "Accounts", BssId = "A2", Operation = "Create", Outcome = "Failed", FailureKind = "Data", Reason = "name is required", At = at, Changes = [new FieldChange("name", null, "x")] },
            ],
            Token);
        await runs.SaveModuleAsync(runId, new ModuleRunStats { Module = "Accounts", Direction = "push", Created = 1, Failed = 1, Requests = 3 }, Token);
        await runs.FinishAsync(runId, RunStatus.CompletedWithFailures, 3, null, Token);

        var run = await runs.FindAsync(runId, Token);
        Assert.AreEqual(RunStatus.CompletedWithFailures, run?.Status);
        Assert.AreEqual(3, run?.Requests);
        Assert.IsNotNull(run?.EndedAt);
        Assert.AreEqual(1, (await runs.GetModulesAsync(runId, Token)).Single().Failed);
        var failed = await runs.GetResultsAsync(runId, failedOnly: true, Token);
        Assert.HasCount(1, failed);
        Assert.AreEqual("name is required", failed[0].Reason);
        Assert.AreEqual(new FieldChange("name", null, "x"), failed[0].Changes.Single());
        Assert.HasCount(2, await runs.GetResultsAsync(runId, failedOnly: false, Token));
    }
}
