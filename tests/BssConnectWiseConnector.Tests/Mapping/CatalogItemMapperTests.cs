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
}
