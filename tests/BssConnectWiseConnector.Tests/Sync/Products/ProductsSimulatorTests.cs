using System.Globalization;
using System.Text.Json.Nodes;
using Bss.IntegrationFramework;
using BssConnectWiseConnector.Lookups;
using BssConnectWiseConnector.Settings;
using BssConnectWiseConnector.Tests.TestSupport;
using ConnectWise.Simulator;
using Microsoft.Extensions.Time.Testing;
using Moq;

namespace BssConnectWiseConnector.Tests.Sync.Products;

/// <summary>The Products module over real HTTP against the in-process simulator (seeded procurement tables).</summary>
[TestClass]
public sealed class ProductsSimulatorTests
{
    private const string Catalog = "procurement/catalog";
    private static readonly DateTimeOffset T0 = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);

    private readonly FakeTimeProvider _clock = new(T0);
    private readonly InMemoryLinkStore _links = new();
    private ConnectWiseSimulator _simulator = null!;
    private ConnectWiseConnector _connector = null!;

    public TestContext TestContext { get; set; } = null!;

    private CancellationToken Token => TestContext.CancellationToken;

    [TestInitialize]
    public async Task StartAsync()
    {
        _simulator = await ConnectWiseSimulator.StartAsync(new SimulatorOptions { TimeProvider = _clock }, Token);
        _connector = new ConnectWiseConnector();
    }

    [TestCleanup]
    public async Task StopAsync()
    {
        _connector.Dispose();
        await _simulator.DisposeAsync();
    }

    [TestMethod]
    public async Task Push_UnmappedUnitType_CreatesWithTheDefaultsInOneLookupAndOneCreateEach()
    {
        await using var session = await OpenAsync();

        var results = await PushAsync(session, Product("P1", "SKU-1", unitType: "Widget"), Product("P2", "SKU-2", unitType: ""), Product("P3", "SKU-3", unitType: null));

        Assert.IsTrue(results.All(r => r.Outcome == PushOutcome.Created), string.Join("; ", results.Select(r => r.Reason)));
        foreach (var result in results)
        {
            var item = Stored(result.RemoteId!);
            Assert.AreEqual(1, IdOf(item, "category"));
            Assert.AreEqual(1, IdOf(item, "subcategory"));
            Assert.AreEqual(2, IdOf(item, "unitOfMeasure"));
            Assert.AreEqual(5, IdOf(item, "type"));
        }

        var requests = _simulator.Requests.Snapshot();
        TestContext.WriteLine($"Push of 3 new products: {requests.Count} requests: {string.Join(", ", requests.Select(r => r.Method + " " + r.Path))}");
        Assert.AreEqual(3, _simulator.Requests.CountOf("POST", Catalog));
        Assert.AreEqual(1, _simulator.Requests.CountOf("GET", Catalog));
        Assert.AreEqual(1, _simulator.Requests.CountOf("GET", "procurement/subcategories"));
    }

    [TestMethod]
    public async Task Push_MappedUnitType_TheLookupWinsOverTheDefaults()
    {
        await using var session = await OpenAsync();

        var results = await PushAsync(session, Product("P1", "SKU-1", unitType: " user "));

        Assert.AreEqual(PushOutcome.Created, results[0].Outcome, results[0].Reason);
        var item = Stored(results[0].RemoteId!);
        Assert.AreEqual(7, IdOf(item, "subcategory"));
        Assert.AreEqual(3, IdOf(item, "category"));
    }

    [TestMethod]
    public async Task PushAndCheck_DefaultSubcategoryOfAnotherCategory_ReportedAndNothingWritten()
    {
        await using var session = await OpenAsync(category: "1", subCategory: "5");

        var results = await PushAsync(session, Product("P1", "SKU-1"));
        var report = await session.CheckAsync(Token);

        Assert.AreEqual(FailureKind.Configuration, results[0].FailureKind);
        Assert.Contains("does not belong to the Product Category 1", results[0].Reason!);
        Assert.AreEqual(0, _simulator.Requests.WriteCount);
        var mismatch = report.Findings.Single(f => f.Area == "Product Category and SubCategory");
        Assert.AreEqual(CheckSeverity.Error, mismatch.Severity);
        Assert.Contains("'Workstations'", mismatch.Message);
        Assert.IsFalse(report.Passed);
        var unitType = report.Findings.Single(f => f.Area == $"{LookupNames.UnitType} lookup 'User' (category)");
        Assert.AreEqual(CheckSeverity.Ok, unitType.Severity);
        Assert.Contains("category 3 'Software'", unitType.Message);
    }

    [TestMethod]
    public async Task Push_IdentifierAlreadyInTheCatalog_AdoptsTheItemInsteadOfCreating()
    {
        await using var session = await OpenAsync();

        var results = await PushAsync(session, Product("P1", "MS-DEVICE", price: 27m));

        Assert.AreEqual(PushOutcome.Updated, results[0].Outcome, results[0].Reason);
        Assert.AreEqual("2", results[0].RemoteId);
        Assert.Contains("Adopted", results[0].Reason!);
        Assert.AreEqual(2, _simulator.Store.Count(Catalog));
        Assert.AreEqual(0, _simulator.Requests.CountOf("POST", Catalog));
        Assert.AreEqual(27m, Stored("2")["price"]!.GetValue<decimal>());
        Assert.AreEqual("2", _links.All.Single().RemoteId);
    }

    [TestMethod]
    public async Task Push_SameProductsInANewSession_UnchangedAtZeroRequests()
    {
        var items = new[] { Product("P1", "SKU-1"), Product("P2", "SKU-2", unitType: "User"), Product("P3", "SKU-3", billingCycle: "Monthly") };
        await using (var first = await OpenAsync())
        {
            var created = await PushAsync(first, items);
            Assert.IsTrue(created.All(r => r.Outcome == PushOutcome.Created), string.Join("; ", created.Select(r => r.Reason)));
        }

        _simulator.Requests.Clear();
        await using var second = await OpenAsync();

        var results = await PushAsync(second, items);

        Assert.IsTrue(results.All(r => r.Outcome == PushOutcome.Unchanged));
        Assert.AreEqual(0, _simulator.Requests.Count);
    }

    [TestMethod]
    public async Task Push_DeletedProduct_DeactivatesTheLinkedItemAndSkipsAnUnlinkedOne()
    {
        await using var session = await OpenAsync();
        var created = await PushAsync(session, Product("P1", "SKU-1"));

        var results = await PushAsync(session, Product("P1", "SKU-1") with { Operation = SyncOperation.Delete }, Product("P9", "SKU-9") with { Operation = SyncOperation.Delete });

        Assert.AreEqual(PushOutcome.Updated, results[0].Outcome, results[0].Reason);
        Assert.IsTrue(Stored(created[0].RemoteId!)["inactiveFlag"]!.GetValue<bool>());
        Assert.AreEqual(PushOutcome.Skipped, results[1].Outcome);
        Assert.AreEqual(3, _simulator.Store.Count(Catalog));
    }

    [TestMethod]
    public async Task Pull_FullResumedAndIncremental_DeliversEveryChangeExactlyOnce()
    {
        for (var i = 0; i < 1203; i++)
        {
            _simulator.Store.Add(Catalog, Item($"BULK-{i:D4}"));
        }

        await using var session = await OpenAsync();
        var pushed = await PushAsync(session, Product("P1", "LINKED"));
        var pull = session.GetPullModule<Product>(BssModules.Products)!;

        var full = await PullAsync(pull, null);

        Assert.HasCount(2, full);
        Assert.HasCount(1000, full[0].Records);
        var all = full.SelectMany(b => b.Records).ToArray();
        Assert.HasCount(1206, all);
        Assert.HasCount(1206, all.Select(r => r.RemoteId).Distinct().ToArray());
        Assert.AreEqual("P1", all.Single(r => r.RemoteId == pushed[0].RemoteId).Record.Id);
        var bulk = all.First(r => r.Record.Code == "BULK-0000").Record;
        Assert.AreEqual(string.Empty, bulk.Id);
        Assert.AreEqual("License", bulk.ProductType);
        Assert.AreEqual("User", bulk.UnitType);
        Assert.IsNull(all.Single(r => r.RemoteId == "1").Record.ProductType);

        var resumed = (await PullAsync(pull, full[0].Checkpoint)).SelectMany(b => b.Records).Select(r => r.RemoteId).ToArray();
        CollectionAssert.AreEqual(full[1].Records.Select(r => r.RemoteId).ToArray(), resumed);

        // Added in the very second the full pull ended with: ConnectWise compares to the second, the cursor must not lose it.
        var late = _simulator.Store.Add(Catalog, Item("LATE"));
        _clock.Advance(TimeSpan.FromMinutes(5));
        _simulator.Store.Update(Catalog, 2, item => item["price"] = 30m);
        var added = _simulator.Store.Add(Catalog, Item("NEW"));

        var incremental = await PullAsync(pull, full[^1].Checkpoint);
        var again = await PullAsync(pull, incremental[^1].Checkpoint);

        CollectionAssert.AreEquivalent(new[] { "2", Id(late), Id(added) }, incremental.SelectMany(b => b.Records).Select(r => r.RemoteId).ToArray());
        Assert.AreEqual(30m, incremental.SelectMany(b => b.Records).Single(r => r.RemoteId == "2").Record.Price);
        Assert.IsEmpty(again.SelectMany(b => b.Records).ToArray());
    }

    [TestMethod]
    public async Task Pull_UnreadableCursor_StartsOverWithAFullRead()
    {
        await using var session = await OpenAsync();

        var batches = await PullAsync(session.GetPullModule<Product>(BssModules.Products)!, "{not a cursor");

        Assert.HasCount(2, batches.Single().Records);
        // The one cursor rule: the server's Date at the start (12:00:00) less the one-minute margin.
        Assert.Contains("\"since\":\"2026-11-25T11:59:00Z\"", batches.Single().Checkpoint!);
    }

    [TestMethod]
    public async Task Read_ById_GivesTheProductOrNullWhenThereIsNone()
    {
        await using var session = await OpenAsync();
        var pull = session.GetPullModule<Product>(BssModules.Products)!;

        var found = await pull.ReadAsync("2", Token);
        var missing = await pull.ReadAsync("9999", Token);

        Assert.AreEqual("MS-DEVICE", found!.Record.Code);
        Assert.AreEqual("Managed Device", found.Record.Name);
        Assert.IsNull(missing);
    }

    private static PushItem<Product> Product(string id, string code, string? unitType = null, decimal price = 10m, string? billingCycle = null) =>
        new(new Product { Id = id, Code = code, Name = "Product " + code, ProductType = "License", UnitType = unitType, Price = price, Cost = 4m, BillingCycle = billingCycle }, SyncOperation.Create);

    private static JsonObject Item(string identifier) => new()
    {
        ["identifier"] = identifier,
        ["description"] = identifier,
        ["customerDescription"] = identifier,
        ["type"] = new JsonObject { ["id"] = 5 },
        ["category"] = new JsonObject { ["id"] = 3 },
        ["subcategory"] = new JsonObject { ["id"] = 7 },
    };

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    private static int? IdOf(JsonObject item, string reference) => item[reference]?["id"]?.GetValue<int>();

    private JsonObject Stored(string remoteId) =>
        _simulator.Store.Get(Catalog, int.Parse(remoteId, CultureInfo.InvariantCulture)) ?? throw new AssertFailedException("No catalog item " + remoteId);

    private async Task<IReadOnlyList<PushResult>> PushAsync(IConnectorSession session, params PushItem<Product>[] items) =>
        await session.GetPushModule<Product>(BssModules.Products)!.PushAsync(items, PushOptions.Default, Token);

    private async Task<List<PullBatch<Product>>> PullAsync(IPullModule<Product> pull, string? cursor)
    {
        var batches = new List<PullBatch<Product>>();
        await foreach (var batch in pull.PullAsync(new PullRequest(cursor), Token))
        {
            batches.Add(batch);
        }

        return batches;
    }

    private Task<IConnectorSession> OpenAsync(string? category = "1", string? subCategory = "1", string? unitOfMeasure = "2") =>
        _connector.OpenSessionAsync(
            new ConnectorContext
            {
                InstanceName = "products",
                ServerVariables = new Dictionary<string, string?>
                {
                    [ServerVariableCatalog.ConnectWiseUrl.Name] = _simulator.SiteUrl.ToString(),
                    [ServerVariableCatalog.CompanyId.Name] = _simulator.Options.CompanyId,
                    [ServerVariableCatalog.PublicKey.Name] = _simulator.Options.PublicKey,
                    [ServerVariableCatalog.PrivateKey.Name] = _simulator.Options.PrivateKey,
                    [ServerVariableCatalog.ClientId.Name] = _simulator.Options.ClientId,
                    [ServerVariableCatalog.ImportAccountStatusId.Name] = "1",
                    [ServerVariableCatalog.ProductCategoryId.Name] = category,
                    [ServerVariableCatalog.ProductSubCategoryId.Name] = subCategory,
                    [ServerVariableCatalog.ProductUnitOfMeasureId.Name] = unitOfMeasure,
                },
                Lookups = new Dictionary<string, IReadOnlyDictionary<string, string>>
                {
                    [LookupNames.ProductType] = new Dictionary<string, string> { ["License"] = "5", ["Service"] = "3" },
                    [LookupNames.UnitType] = new Dictionary<string, string> { ["User"] = "7" },
                },
                Links = _links,
                State = new InMemoryStateStore(),
                Records = Mock.Of<IBssRecordSource>(),
            },
            Token);
}
