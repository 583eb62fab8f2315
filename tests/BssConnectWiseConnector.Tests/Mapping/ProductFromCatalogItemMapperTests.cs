using Bss.IntegrationFramework;
using BssConnectWiseConnector.Http;
using BssConnectWiseConnector.Mapping;
using BssConnectWiseConnector.Models;
using BssConnectWiseConnector.Tests.TestSupport;
using Newtonsoft.Json;

namespace BssConnectWiseConnector.Tests.Mapping;

/// <summary>
/// The pull's catalog item mapping, written out since issue 16; before the AutoMapper map it replaced was removed, the
/// two gave equal products for 5,000 random catalog items (nulls, blanks, padded text, flags, amounts, bill cycles).
/// </summary>
[TestClass]
public sealed class ProductFromCatalogItemMapperTests
{
    [TestMethod]
    [DataRow("product-pulled", "PRD-2001", "License", "User")]
    [DataRow("product-bare", "", null, null)]
    public void Map_GoldenCatalogItem_GivesTheGoldenBssProduct(string name, string bssId, string? productType, string? unitType)
    {
        var item = JsonConvert.DeserializeObject<CatalogItem>(Golden.Read("Mapping", name + ".catalog.json"), ConnectWiseJson.Settings)!;
        var expected = Golden.ReadBss<Product>("Mapping", name + ".bss.json");

        var actual = ProductFromCatalogItemMapper.Map(item, bssId, productType, unitType);

        Assert.AreEqual(expected, actual);
    }

    [TestMethod]
    public void Map_RecurringCatalogItem_GivesTheBssProductWithLookupsAndBillCycleName()
    {
        var item = new CatalogItem
        {
            Id = 9, Identifier = "M365-BP", Description = "Microsoft 365", CustomerDescription = "Per user", Price = 22m, Cost = 18.7m,
            TaxableFlag = true, InactiveFlag = true, RecurringFlag = true, RecurringBillCycle = new Reference { Id = 2, Name = "Monthly" },
            Type = new Reference(5), Subcategory = new Reference(7),
        };

        var product = ProductFromCatalogItemMapper.Map(item, "PRD-1", "License", "User");

        Assert.AreEqual(
            new Product
            {
                Id = "PRD-1", Code = "M365-BP", Name = "Microsoft 365", Description = "Per user", Price = 22m, Cost = 18.7m, Taxable = true,
                Active = false, BillingCycle = "Monthly", ProductType = "License", UnitType = "User",
            },
            product);
    }

    [TestMethod]
    public void Map_BareCatalogItem_GivesAnActiveUnlinkedProduct()
    {
        var product = ProductFromCatalogItemMapper.Map(new CatalogItem { Id = 3, Identifier = "X", RecurringFlag = false, RecurringBillCycle = new Reference { Name = "Monthly" } }, string.Empty, null, null);

        Assert.IsTrue(product.Active);
        Assert.IsFalse(product.Taxable);
        Assert.AreEqual(string.Empty, product.Id);
        Assert.AreEqual(string.Empty, product.Name);
        Assert.IsNull(product.BillingCycle);
    }
}
