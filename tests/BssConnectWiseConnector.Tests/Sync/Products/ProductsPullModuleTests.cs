using System.Runtime.CompilerServices;
using Bss.IntegrationFramework;
using BssConnectWiseConnector.Clients;
using BssConnectWiseConnector.Http;
using BssConnectWiseConnector.Lookups;
using BssConnectWiseConnector.Models;
using BssConnectWiseConnector.Sync.Products;
using BssConnectWiseConnector.Tests.TestSupport;
using Moq;

namespace BssConnectWiseConnector.Tests.Sync.Products;

[TestClass]
public sealed class ProductsPullModuleTests
{
    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    public async Task PullAsync_PageOfCatalogItems_MapsThemWithoutAutoMapperAndTheLookupsBackwards()
    {
        var catalog = new Mock<IResourceClient<CatalogItem>>();
        catalog.Setup(c => c.ListPagesAsync(It.IsAny<ListQuery>(), It.IsAny<CancellationToken>()))
            .Returns((ListQuery _, CancellationToken token) => Pages(token, new CatalogItem
            {
                Id = 12,
                Identifier = "M365-BP",
                Description = "Microsoft 365",
                Type = new Reference(5),
                Subcategory = new Reference(7),
                RecurringFlag = true,
                RecurringBillCycle = new Reference { Name = "Monthly" },
            }));
        var client = new Mock<IConnectWiseClient>();
        client.Setup(c => c.Catalog).Returns(catalog.Object);
        var lookups = new Dictionary<string, IReadOnlyDictionary<string, string>>
        {
            [LookupNames.ProductType] = new Dictionary<string, string> { ["License"] = "5" },
            [LookupNames.UnitType] = new Dictionary<string, string> { ["User"] = "7" },
        };

        // A strict mapper fails on any call: a pull must not build or use the AutoMapper configuration.
        var context = TestModuleContext.Create(new InMemoryLinkStore(), lookups, client: client.Object, mapper: new Mock<AutoMapper.IMapper>(MockBehavior.Strict).Object);
        var records = new List<PulledRecord<Product>>();
        await foreach (var batch in new ProductsModule().CreatePullModule(context).PullAsync(new PullRequest(null), TestContext.CancellationToken))
        {
            records.AddRange(batch.Records);
        }

        Assert.AreEqual(
            new Product { Code = "M365-BP", Name = "Microsoft 365", ProductType = "License", UnitType = "User", BillingCycle = "Monthly" },
            records.Single().Record);
    }

    private static async IAsyncEnumerable<ConnectWisePage<CatalogItem>> Pages([EnumeratorCancellation] CancellationToken cancellationToken, params CatalogItem[] items)
    {
        cancellationToken.ThrowIfCancellationRequested();
        await Task.Yield();
        yield return new ConnectWisePage<CatalogItem>(items, HasMore: false, DateTimeOffset.UnixEpoch.AddYears(56));
    }
}
