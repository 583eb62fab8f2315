using Bss.IntegrationFramework;
using BssConnectWiseConnector.Mapping;
using BssConnectWiseConnector.Models;
using BssConnectWiseConnector.Sync;
using BssConnectWiseConnector.Tests.TestSupport;
using Microsoft.Extensions.Logging.Abstractions;
using Newtonsoft.Json.Linq;

namespace BssConnectWiseConnector.Tests.Mapping;

[TestClass]
public sealed class CatalogItemMapperTests
{
    private static readonly CatalogItemMapper Mapper = new(MapperFactory.Create(null, NullLoggerFactory.Instance));

    [TestMethod]
    [DataRow("product-full", 5, 3, 7, 2)]
    [DataRow("product-minimal", 3, 4, 8, null)]
    public void Map_GoldenProduct_GivesTheGoldenCatalogJson(string name, int typeId, int categoryId, int subCategoryId, int? unitOfMeasureId)
    {
        var product = Golden.ReadBss<Product>("Mapping", name + ".bss.json");
        var expected = JObject.Parse(Golden.Read("Mapping", name + ".catalog.json"));

        var item = Mapper.Map(product, new ProductMappingContext(typeId, categoryId, subCategoryId, unitOfMeasureId));

        var actual = PayloadSnapshot.Of(item).Json;
        Assert.IsTrue(JToken.DeepEquals(PayloadSnapshot.Of(expected).Json, actual), $"Expected {expected}\nActual {actual}");
    }

    [TestMethod]
    public void Map_SameProductTwice_GivesTheSameHashAndAPriceChangeAnother()
    {
        var product = Golden.ReadBss<Product>("Mapping", "product-full.bss.json");
        var context = new ProductMappingContext(5, 3, 7, 2);

        Assert.AreEqual(PayloadSnapshot.Of(Mapper.Map(product, context)).Hash, PayloadSnapshot.Of(Mapper.Map(product, context)).Hash);
        Assert.AreNotEqual(
            PayloadSnapshot.Of(Mapper.Map(product, context)).Hash,
            PayloadSnapshot.Of(Mapper.Map(product with { Price = 23m }, context)).Hash);
    }

    [TestMethod]
    public void ToProduct_RecurringCatalogItem_GivesTheBssProductWithLookupsAndBillCycleName()
    {
        var item = new CatalogItem
        {
            Id = 9, Identifier = "M365-BP", Description = "Microsoft 365", CustomerDescription = "Per user", Price = 22m, Cost = 18.7m,
            TaxableFlag = true, InactiveFlag = true, RecurringFlag = true, RecurringBillCycle = new Reference { Id = 2, Name = "Monthly" },
            Type = new Reference(5), Subcategory = new Reference(7),
        };

        var product = Mapper.ToProduct(item, "PRD-1", "License", "User");

        Assert.AreEqual(
            new Product
            {
                Id = "PRD-1", Code = "M365-BP", Name = "Microsoft 365", Description = "Per user", Price = 22m, Cost = 18.7m, Taxable = true,
                Active = false, BillingCycle = "Monthly", ProductType = "License", UnitType = "User",
            },
            product);
    }

    [TestMethod]
    public void ToProduct_BareCatalogItem_GivesAnActiveUnlinkedProduct()
    {
        var product = Mapper.ToProduct(new CatalogItem { Id = 3, Identifier = "X", RecurringFlag = false, RecurringBillCycle = new Reference { Name = "Monthly" } }, string.Empty, null, null);

        Assert.IsTrue(product.Active);
        Assert.IsFalse(product.Taxable);
        Assert.AreEqual(string.Empty, product.Id);
        Assert.AreEqual(string.Empty, product.Name);
        Assert.IsNull(product.BillingCycle);
    }
}
