using Bss.IntegrationFramework;
using Bss.IntegrationFramework.Host.Sync;
using Bss.IntegrationFramework.Host.Storage;
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
                new Account { Id = "ACC-1", Code = "NORTHWIND", Name = "Northwind" },
                new Account { Id = "ACC-2", Code = "LINKED", Name = "Linked" },
                new Contact { Id = "CON-1", AccountId = "ACC-1", FirstName = "Ann", LastName = "Lee", Email = "ann@northwind.example" },
            ],
            Token);
        await links.SaveAsync(new IntegrationLink(BssModules.Accounts, "ACC-2", "7", null, DateTimeOffset.UnixEpoch), Token);

        Account[] pulledAccounts = [new() { Code = " northwind ", Name = "Northwind (from ConnectWise)" }, new() { Code = "LINKED" }];
        Contact[] pulledContacts = [new() { AccountId = "ACC-1", Email = "ANN@northwind.example" }, new() { AccountId = "ACC-9", Email = "ann@northwind.example" }];
        var accounts = await UnlinkedRecordMatcher.LoadAsync(host.Services.Records, instance.Id, BssModules.Accounts, pulledAccounts, Token);
        var contacts = await UnlinkedRecordMatcher.LoadAsync(host.Services.Records, instance.Id, BssModules.Contacts, pulledContacts, Token);

        Assert.AreEqual("ACC-1", accounts.Claim(pulledAccounts[0]));
        Assert.IsNull(accounts.Claim(new Account { Code = "NORTHWIND" }), "a BSS record is claimed once");
        Assert.IsNull(accounts.Claim(pulledAccounts[1]), "a linked BSS record is never claimed");
        Assert.AreEqual("CON-1", contacts.Claim(pulledContacts[0]));
        Assert.IsNull(contacts.Claim(pulledContacts[1]), "same e-mail at another account is another contact");
    }

    [TestMethod]
    public async Task Claim_TwoUnlinkedBssRecordsWithOneKey_MatchesNeither()
    {
        await using var host = await TestHost.StartAsync(Token);
        var instance = await host.Services.Instances.CreateAsync("matcher", "BssConnectWiseConnector", Token);
        await host.Services.Records.UpsertAsync([new Account { Id = "ACC-1", Code = "TWIN", Name = "One" }, new Account { Id = "ACC-2", Code = "twin", Name = "Two" }], Token);
        Account[] pulled = [new() { Code = "TWIN" }];

        var matcher = await UnlinkedRecordMatcher.LoadAsync(host.Services.Records, instance.Id, BssModules.Accounts, pulled, Token);

        Assert.IsNull(matcher.Claim(pulled[0]), "ambiguous: neither is guessed");
    }

    [TestMethod]
    public async Task Claim_RecordStoredBeforeMatchKeysWereKept_IsFoundByItsKey()
    {
        await using var host = await TestHost.StartAsync(Token);
        var instance = await host.Services.Instances.CreateAsync("matcher", "BssConnectWiseConnector", Token);
        await host.Services.Records.UpsertAsync([new Product { Id = "P-1", Code = "Widget", Name = "Widget" }], Token);
        var connection = await host.Services.Database.ConnectAsync(Token);
        await using (connection)
        {
            // As an older store has it: the column added by the migration is empty.
            await connection.ExecuteAsync("UPDATE bss_records SET match_key = NULL;", Token);
        }

        Product[] pulled = [new() { Code = " WIDGET " }];
        var matcher = await UnlinkedRecordMatcher.LoadAsync(host.Services.Records, instance.Id, BssModules.Products, pulled, Token);

        Assert.AreEqual("P-1", matcher.Claim(pulled[0]));
    }
}
