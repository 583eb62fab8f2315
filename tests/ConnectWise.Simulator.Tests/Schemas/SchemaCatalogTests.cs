using ConnectWise.Simulator.Schemas;

namespace ConnectWise.Simulator.Tests.Schemas;

[TestClass]
public sealed class SchemaCatalogTests
{
    [TestMethod]
    public void Rules_Company_RequiredAndMaxLengthsComeFromTheSpec()
    {
        var rules = SchemaCatalog.Default.Rules("Company");

        CollectionAssert.AreEquivalent(new[] { "identifier", "name" }, rules.Required.ToArray());
        Assert.AreEqual(156, rules.MaxLengths["identifier"]);
        Assert.AreEqual(12, rules.MaxLengths["zip"]);
        Assert.AreEqual("CompanyStatusReference", rules.References["status"]);
        Assert.Contains("types", rules.ReferenceArrays);
    }

    [TestMethod]
    public void Rules_CatalogItem_RequiresTypeAndSubcategory()
    {
        var rules = SchemaCatalog.Default.Rules("CatalogItem");

        CollectionAssert.IsSubsetOf(new[] { "identifier", "description", "subcategory", "type", "customerDescription" }, rules.Required.ToArray());
    }

    [TestMethod]
    public void Rules_SupplementSchema_IsAvailableBesideTheSpec()
    {
        var rules = SchemaCatalog.Default.Rules("ProductSubCategory");

        CollectionAssert.AreEquivalent(new[] { "name", "category" }, rules.Required.ToArray());
        Assert.AreEqual(50, rules.MaxLengths["name"]);
    }

    [TestMethod]
    public void Schema_UnknownName_Throws()
    {
        Assert.ThrowsExactly<KeyNotFoundException>(() => SchemaCatalog.Default.Schema("NoSuchSchema"));
    }
}
