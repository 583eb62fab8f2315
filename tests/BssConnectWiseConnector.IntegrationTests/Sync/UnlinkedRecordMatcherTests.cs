using Bss.IntegrationFramework;
using Bss.IntegrationFramework.Host.Sync;
using BssConnectWiseConnector.IntegrationTests.Support;

namespace BssConnectWiseConnector.IntegrationTests.Sync;

[TestClass]
public sealed class UnlinkedRecordMatcherTests
{
    public TestContext TestContext { get; set; } = null!;

    private CancellationToken Token => TestContext.CancellationToken;

    [TestMethod]
    public async Task Claim_PulledRecordOfAnUnlinkedBssRecord_GivesItsIdOnceAndNeverALinkedOnes()
    {
        await using var host = await TestHost.StartAsync(Token);
        var instance = await host.Services.Instances.CreateAsync("matcher", "BssConnectWiseConnector", Token);
        var links = host.Services.LinksOf(instance);
        await host.Services.Records.UpsertAsync(
            [
                new Account { Id = "ACC-1", Code = "NORTHWIND", Name = "Northwind", BillingAddress = new Address { City = "Springfield" } },
                new Account { Id = "ACC-2", Code = "LINKED", Name = "Linked", BillingAddress = new Address { City = "Springfield" } },
                new Contact { Id = "CON-1", AccountId = "ACC-1", FirstName = "Ann", LastName = "Lee", Email = "ann@northwind.example" },
            ],
            Token);
        await links.SaveAsync(new IntegrationLink(BssModules.Accounts, "ACC-2", "7", null, DateTimeOffset.UnixEpoch), Token);

        var accounts = await UnlinkedRecordMatcher.LoadAsync<Account>(host.Services.Records, links, BssModules.Accounts, Token);
        var contacts = await UnlinkedRecordMatcher.LoadAsync<Contact>(host.Services.Records, links, BssModules.Contacts, Token);

        Assert.AreEqual("ACC-1", accounts.Claim(new Account { Code = " northwind ", Name = "Northwind (from ConnectWise)", BillingAddress = new Address { City = "Springfield" } }));
        Assert.IsNull(accounts.Claim(new Account { Code = "NORTHWIND", BillingAddress = new Address { City = "Springfield" } }), "a BSS record is claimed once");
        Assert.IsNull(accounts.Claim(new Account { Code = "LINKED", BillingAddress = new Address { City = "Springfield" } }), "a linked BSS record is never claimed");
        Assert.AreEqual("CON-1", contacts.Claim(new Contact { AccountId = "ACC-1", Email = "ANN@northwind.example" }));
        Assert.IsNull(contacts.Claim(new Contact { AccountId = "ACC-9", Email = "ann@northwind.example" }), "same e-mail at another account is another contact");
    }
}
