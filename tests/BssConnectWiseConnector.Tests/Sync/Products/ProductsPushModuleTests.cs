using Bss.IntegrationFramework;
using BssConnectWiseConnector.Clients;
using BssConnectWiseConnector.Http;
using BssConnectWiseConnector.Lookups;
using BssConnectWiseConnector.Mapping;
using BssConnectWiseConnector.Models;
using BssConnectWiseConnector.Settings;
using BssConnectWiseConnector.Sync;
using BssConnectWiseConnector.Sync.Pipeline;
using BssConnectWiseConnector.Sync.Products;
using BssConnectWiseConnector.Tests.TestSupport;
using Microsoft.Extensions.Logging.Abstractions;
using Moq;

namespace BssConnectWiseConnector.Tests.Sync.Products;

[TestClass]
public sealed class ProductsPushModuleTests
{
    private static readonly CatalogItemMapper Mapper = new(MapperFactory.Create(null, NullLoggerFactory.Instance));

    private static readonly SubCategory[] SubCategories =
    [
        new() { Id = 1, Name = "Per User", Category = new Reference(1) },
        new() { Id = 5, Name = "Workstations", Category = new Reference { Id = 2, Name = "Hardware" } },
        new() { Id = 7, Name = "Subscriptions", Category = new Reference(3) },
    ];

    private readonly InMemoryLinkStore _links = new();
    private readonly Mock<IResourceClient<CatalogItem>> _catalog = new(MockBehavior.Strict);
    private int _nextId = 100;

    private IPushModule<Product> Module(string? category = "1", string? subCategory = "1", string? unitOfMeasure = "2", Dictionary<string, string>? unitTypes = null)
    {
        var variables = TestSettings.Variables();
        variables[ServerVariableCatalog.ProductCategoryId.Name] = category;
        variables[ServerVariableCatalog.ProductSubCategoryId.Name] = subCategory;
        variables[ServerVariableCatalog.ProductUnitOfMeasureId.Name] = unitOfMeasure;
        var lookups = new Dictionary<string, IReadOnlyDictionary<string, string>>
        {
            [LookupNames.ProductType] = new Dictionary<string, string> { ["License"] = "5", ["Service"] = "3" },
            [LookupNames.UnitType] = unitTypes ?? new Dictionary<string, string> { ["Seat"] = "7" },
        };
        var context = TestModuleContext.Create(_links, lookups, settings: TestSettings.Parse(variables));
        return new FlatRecordPush<Product, CatalogItem>(
            new ProductsPushDefinition(_catalog.Object, Mapper, _ => Task.FromResult<IReadOnlyList<SubCategory>>(SubCategories), context.Settings, context.Lookups, context.Links, context.Time),
            context);
    }

    private static PushItem<Product> Item(string id, string code, string? unitType = null, string? type = "License", SyncOperation operation = SyncOperation.Create, decimal price = 10m, string? billingCycle = null) =>
        new(new Product { Id = id, Code = code, Name = "Product " + code, ProductType = type, UnitType = unitType, Price = price, Cost = 4m, BillingCycle = billingCycle }, operation);

    private void NoneExist() =>
        _catalog.Setup(c => c.FindInAsync("identifier", It.IsAny<IReadOnlyCollection<object>>(), null, It.IsAny<CancellationToken>()))
            .ReturnsAsync(Array.Empty<CatalogItem>());

    private void CreateEchoes() =>
        _catalog.Setup(c => c.CreateAsync(It.IsAny<CatalogItem>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((CatalogItem c, CancellationToken _) => c with { Id = Interlocked.Increment(ref _nextId) });

    [TestMethod]
    public async Task PushAsync_NewProducts_OneLookupThenOneCreateEachWithTheDefaults()
    {
        NoneExist();
        CreateEchoes();
        var items = Enumerable.Range(1, 4).Select(i => Item($"P{i}", $"SKU{i}")).ToArray();

        var results = await Module().PushAsync(items, PushOptions.Default);

        Assert.IsTrue(results.All(r => r.Outcome == PushOutcome.Created), string.Join("; ", results.Select(r => r.Reason)));
        _catalog.Verify(c => c.FindInAsync("identifier", It.Is<IReadOnlyCollection<object>>(k => k.Count == 4), null, It.IsAny<CancellationToken>()), Times.Once);
        _catalog.Verify(
            c => c.CreateAsync(It.Is<CatalogItem>(x => x.Type!.Id == 5 && x.Category!.Id == 1 && x.Subcategory!.Id == 1 && x.UnitOfMeasure!.Id == 2 && x.CustomerDescription == x.Description), It.IsAny<CancellationToken>()),
            Times.Exactly(4));
        Assert.HasCount(4, _links.All);
    }

    [TestMethod]
    public async Task PushAsync_MappedUnitType_TakesTheSubcategoryAndItsCategoryOverTheDefaults()
    {
        NoneExist();
        CreateEchoes();

        var results = await Module().PushAsync([Item("P1", "SKU1", unitType: " seat ")], PushOptions.Default);

        Assert.AreEqual(PushOutcome.Created, results[0].Outcome, results[0].Reason);
        _catalog.Verify(c => c.CreateAsync(It.Is<CatalogItem>(x => x.Subcategory!.Id == 7 && x.Category!.Id == 3), It.IsAny<CancellationToken>()), Times.Once);
    }

    [TestMethod]
    public async Task PushAsync_DefaultSubcategoryOfAnotherCategory_ConfigurationFailureThatSaysSo()
    {
        var results = await Module(category: "1", subCategory: "5").PushAsync([Item("P1", "SKU1")], PushOptions.Default);

        Assert.AreEqual(FailureKind.Configuration, results[0].FailureKind);
        Assert.Contains("does not belong to the Product Category 1", results[0].Reason!);
        Assert.Contains("category 2 'Hardware'", results[0].Reason!);
        Assert.IsEmpty(_catalog.Invocations);
    }

    [TestMethod]
    public async Task PushAsync_NoDefaultsAndUnmappedUnitType_ConfigurationFailureNamingTheFix()
    {
        var results = await Module(category: null, subCategory: null).PushAsync([Item("P1", "SKU1", unitType: "Device")], PushOptions.Default);

        Assert.AreEqual(FailureKind.Configuration, results[0].FailureKind);
        Assert.Contains("'Device'", results[0].Reason!);
        Assert.Contains("neither the Product Category nor the Product SubCategory server variable is set", results[0].Reason!);
    }

    [TestMethod]
    public async Task PushAsync_OnlyDefaultSubcategory_TakesItsCategory()
    {
        NoneExist();
        CreateEchoes();

        var results = await Module(category: null, subCategory: "5").PushAsync([Item("P1", "SKU1")], PushOptions.Default);

        Assert.AreEqual(PushOutcome.Created, results[0].Outcome, results[0].Reason);
        _catalog.Verify(c => c.CreateAsync(It.Is<CatalogItem>(x => x.Subcategory!.Id == 5 && x.Category!.Id == 2), It.IsAny<CancellationToken>()), Times.Once);
    }

    [TestMethod]
    public async Task PushAsync_UnitTypeMappedToAMissingSubcategory_ConfigurationFailure()
    {
        var results = await Module(unitTypes: new Dictionary<string, string> { ["Seat"] = "99" }).PushAsync([Item("P1", "SKU1", unitType: "Seat")], PushOptions.Default);

        Assert.AreEqual(FailureKind.Configuration, results[0].FailureKind);
        Assert.Contains("subcategory 99", results[0].Reason!);
    }

    [TestMethod]
    public async Task PushAsync_UnmappedOrMissingProductType_ConfigurationOrDataFailure()
    {
        var results = await Module().PushAsync([Item("P1", "SKU1", type: "Hardware"), Item("P2", "SKU2", type: null)], PushOptions.Default);

        Assert.AreEqual(FailureKind.Configuration, results[0].FailureKind);
        Assert.Contains("'Hardware'", results[0].Reason!);
        Assert.Contains("lookups set", results[0].Reason!);
        Assert.AreEqual(FailureKind.Data, results[1].FailureKind);
        Assert.Contains("type is required", results[1].Reason!);
    }

    [TestMethod]
    public async Task PushAsync_TooLongCodeAndName_DataFailureWithConnectWiseLimits()
    {
        var item = new PushItem<Product>(new Product { Id = "P1", Code = new string('c', 76), Name = new string('n', 61), ProductType = "License" }, SyncOperation.Create);

        var results = await Module().PushAsync([item], PushOptions.Default);

        Assert.AreEqual(FailureKind.Data, results[0].FailureKind);
        Assert.Contains("ConnectWise allows 75", results[0].Reason!);
        Assert.Contains("ConnectWise allows 60", results[0].Reason!);
    }

    [TestMethod]
    public async Task PushAsync_SameProductsAgain_UnchangedWithoutAnyRequest()
    {
        NoneExist();
        CreateEchoes();
        var items = new[] { Item("P1", "SKU1"), Item("P2", "SKU2", unitType: "Seat") };
        await Module().PushAsync(items, PushOptions.Default);
        _catalog.Invocations.Clear();

        var results = await Module().PushAsync(items, PushOptions.Default);

        Assert.IsTrue(results.All(r => r.Outcome == PushOutcome.Unchanged));
        Assert.IsEmpty(_catalog.Invocations);
    }

    [TestMethod]
    public async Task PushAsync_ChangedPrice_PatchesOnlyThePrice()
    {
        NoneExist();
        CreateEchoes();
        await Module().PushAsync([Item("P1", "SKU1")], PushOptions.Default);
        IReadOnlyList<PatchOperation>? sent = null;
        _catalog.Setup(c => c.PatchAsync(101, It.IsAny<IReadOnlyList<PatchOperation>>(), It.IsAny<CancellationToken>()))
            .Callback((int _, IReadOnlyList<PatchOperation> ops, CancellationToken _) => sent = ops)
            .ReturnsAsync(new CatalogItem { Id = 101 });

        var results = await Module().PushAsync([Item("P1", "SKU1", operation: SyncOperation.Update, price: 12.5m)], PushOptions.Default);

        Assert.AreEqual(PushOutcome.Updated, results[0].Outcome);
        Assert.AreEqual("price", sent!.Single().Path);
        Assert.AreEqual("12.5", results[0].Changes.Single().NewValue);
    }

    [TestMethod]
    public async Task PushAsync_DeleteLinked_PatchesInactiveFlagOnceAndRemembersIt()
    {
        NoneExist();
        CreateEchoes();
        await Module().PushAsync([Item("P1", "SKU1")], PushOptions.Default);
        _catalog.Setup(c => c.PatchAsync(101, It.Is<IReadOnlyList<PatchOperation>>(o => o.Single().Path == "inactiveFlag" && (bool)o.Single().Value! == true), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new CatalogItem { Id = 101, InactiveFlag = true });
        var delete = Item("P1", "SKU1", operation: SyncOperation.Delete);

        var first = await Module().PushAsync([delete], PushOptions.Default);
        var second = await Module().PushAsync([delete], PushOptions.Default);

        Assert.AreEqual(PushOutcome.Updated, first[0].Outcome, first[0].Reason);
        Assert.Contains("Deactivated", first[0].Reason!);
        Assert.AreEqual(PushOutcome.Unchanged, second[0].Outcome);
        _catalog.Verify(c => c.PatchAsync(101, It.IsAny<IReadOnlyList<PatchOperation>>(), It.IsAny<CancellationToken>()), Times.Once);
        Assert.Contains("\"inactiveFlag\":true", _links.All.Single().Snapshot!);
    }

    [TestMethod]
    public async Task PushAsync_RestoredAfterDelete_PatchesItActiveAgain()
    {
        NoneExist();
        CreateEchoes();
        await Module().PushAsync([Item("P1", "SKU1")], PushOptions.Default);
        var sent = new List<IReadOnlyList<PatchOperation>>();
        _catalog.Setup(c => c.PatchAsync(101, It.IsAny<IReadOnlyList<PatchOperation>>(), It.IsAny<CancellationToken>()))
            .Callback((int _, IReadOnlyList<PatchOperation> ops, CancellationToken _) => sent.Add(ops))
            .ReturnsAsync(new CatalogItem { Id = 101 });
        await Module().PushAsync([Item("P1", "SKU1", operation: SyncOperation.Delete)], PushOptions.Default);

        var results = await Module().PushAsync([Item("P1", "SKU1", operation: SyncOperation.Update)], PushOptions.Default);

        Assert.AreEqual(PushOutcome.Updated, results[0].Outcome);
        Assert.HasCount(2, sent);
        Assert.AreEqual("inactiveFlag", sent[1].Single().Path);
        Assert.IsFalse((bool)((Newtonsoft.Json.Linq.JValue)sent[1].Single().Value!).Value!);
    }

    [TestMethod]
    public async Task PushAsync_DeleteUnlinked_SkippedWithoutRequest()
    {
        var results = await Module().PushAsync([Item("P9", "SKU9", operation: SyncOperation.Delete)], PushOptions.Default);

        Assert.AreEqual(PushOutcome.Skipped, results[0].Outcome);
        Assert.Contains("never pushed", results[0].Reason!);
        Assert.IsEmpty(_catalog.Invocations);
    }

    [TestMethod]
    public async Task PushAsync_IdentifierAlreadyInCatalog_AdoptsAndPatchesTheDifferences()
    {
        _catalog.Setup(c => c.FindInAsync("identifier", It.IsAny<IReadOnlyCollection<object>>(), null, It.IsAny<CancellationToken>()))
            .ReturnsAsync([new CatalogItem { Id = 55, Identifier = "sku1", Description = "Product SKU1", CustomerDescription = "Product SKU1", Type = new Reference(5), Category = new Reference(1), Subcategory = new Reference(1), UnitOfMeasure = new Reference(2), Price = 9m, Cost = 4m, TaxableFlag = false, InactiveFlag = false, RecurringFlag = false }]);
        IReadOnlyList<PatchOperation>? sent = null;
        _catalog.Setup(c => c.PatchAsync(55, It.IsAny<IReadOnlyList<PatchOperation>>(), It.IsAny<CancellationToken>()))
            .Callback((int _, IReadOnlyList<PatchOperation> ops, CancellationToken _) => sent = ops)
            .ReturnsAsync(new CatalogItem { Id = 55 });

        var results = await Module().PushAsync([Item("P1", "SKU1")], PushOptions.Default);

        Assert.AreEqual(PushOutcome.Updated, results[0].Outcome, results[0].Reason);
        Assert.Contains("Adopted", results[0].Reason!);

        // Identifiers match without regard to case; the BSS spelling is then written back.
        CollectionAssert.AreEquivalent(new[] { "identifier", "price" }, sent!.Select(o => o.Path).ToArray());
        Assert.AreEqual("55", _links.All.Single().RemoteId);
        _catalog.Verify(c => c.CreateAsync(It.IsAny<CatalogItem>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [TestMethod]
    public async Task PushAsync_NoUnitOfMeasureVariable_NeverClearsTheOneConnectWiseHolds()
    {
        _catalog.Setup(c => c.FindInAsync("identifier", It.IsAny<IReadOnlyCollection<object>>(), null, It.IsAny<CancellationToken>()))
            .ReturnsAsync([new CatalogItem { Id = 55, Identifier = "SKU1", Description = "Product SKU1", CustomerDescription = "Product SKU1", Type = new Reference(5), Category = new Reference(1), Subcategory = new Reference(1), UnitOfMeasure = new Reference(4), Price = 10m, Cost = 4m, TaxableFlag = false, InactiveFlag = false, RecurringFlag = false }]);

        var results = await Module(unitOfMeasure: null).PushAsync([Item("P1", "SKU1")], PushOptions.Default);

        Assert.AreEqual(PushOutcome.Unchanged, results[0].Outcome, results[0].Reason);
        _catalog.Verify(c => c.PatchAsync(It.IsAny<int>(), It.IsAny<IReadOnlyList<PatchOperation>>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [TestMethod]
    public async Task PushAsync_RecurringProduct_MarkedRecurringWithItsRevenueAndCost()
    {
        NoneExist();
        CreateEchoes();
        await Module().PushAsync([Item("P1", "SKU1", billingCycle: "Monthly")], PushOptions.Default);

        _catalog.Verify(c => c.CreateAsync(It.Is<CatalogItem>(x => x.RecurringFlag == true && x.RecurringRevenue == 10m && x.RecurringCost == 4m), It.IsAny<CancellationToken>()), Times.Once);
    }
}
