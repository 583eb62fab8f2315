using Bss.IntegrationFramework;
using BssConnectWiseConnector.Mapping;
using BssConnectWiseConnector.Sync;
using BssConnectWiseConnector.Tests.TestSupport;
using Microsoft.Extensions.Logging.Abstractions;
using Newtonsoft.Json.Linq;

namespace BssConnectWiseConnector.Tests.Mapping;

[TestClass]
public sealed class CompanyMapperTests
{
    private static readonly CompanyMapper Mapper = new(MapperFactory.Create(null, NullLoggerFactory.Instance));

    [TestMethod]
    [DataRow("account-full", 7, 3)]
    [DataRow("account-minimal", null, null)]
    public void Map_GoldenAccount_GivesTheGoldenCompanyJson(string name, int? typeId, int? currencyId)
    {
        var account = Golden.ReadBss<Account>("Mapping", name + ".bss.json");
        var expected = JObject.Parse(Golden.Read("Mapping", name.Replace("account", "account", StringComparison.Ordinal) + ".company.json"));

        var company = Mapper.Map(account, new AccountMappingContext(StatusId: 1, TypeId: typeId, CurrencyId: currencyId));

        var actual = PayloadSnapshot.Of(company).Json;
        Assert.IsTrue(JToken.DeepEquals(PayloadSnapshot.Of(expected).Json, actual), $"Expected {expected}\nActual {actual}");
    }

    [TestMethod]
    public void Map_SameAccountTwice_GivesTheSameHash()
    {
        var account = Golden.ReadBss<Account>("Mapping", "account-full.bss.json");
        var context = new AccountMappingContext(1, 7, 3);

        Assert.AreEqual(PayloadSnapshot.Of(Mapper.Map(account, context)).Hash, PayloadSnapshot.Of(Mapper.Map(account, context)).Hash);
        Assert.AreNotEqual(
            PayloadSnapshot.Of(Mapper.Map(account, context)).Hash,
            PayloadSnapshot.Of(Mapper.Map(account with { Phone = "+44 113 496 0001" }, context)).Hash);
    }
}
