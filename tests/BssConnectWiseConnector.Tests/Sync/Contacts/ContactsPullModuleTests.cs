using System.Runtime.CompilerServices;
using Bss.IntegrationFramework;
using BssConnectWiseConnector.Clients;
using BssConnectWiseConnector.Http;
using BssConnectWiseConnector.Models;
using BssConnectWiseConnector.Sync.Contacts;
using BssConnectWiseConnector.Tests.TestSupport;
using Moq;
using BssContact = Bss.IntegrationFramework.Contact;
using CwContact = BssConnectWiseConnector.Models.Contact;

namespace BssConnectWiseConnector.Tests.Sync.Contacts;

[TestClass]
public sealed class ContactsPullModuleTests
{
    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    public async Task PullAsync_PageOfContacts_MapsThemWithoutAutoMapper()
    {
        var contacts = new Mock<IResourceClient<CwContact>>();
        contacts.Setup(c => c.ListPagesAsync(It.IsAny<ListQuery>(), It.IsAny<CancellationToken>()))
            .Returns((ListQuery _, CancellationToken token) => Pages(token, new CwContact
            {
                Id = 31,
                LastName = " Lovelace ",
                Company = new Reference(7),
                CommunicationItems = [new ContactCommunicationItem { Type = new Reference { Name = "Email" }, CommunicationType = "Email", Value = "ada@acme.example" }],
            }));
        var client = new Mock<IConnectWiseClient>();
        client.Setup(c => c.Contacts).Returns(contacts.Object);
        var links = new InMemoryLinkStore();
        await links.SaveAsync(new IntegrationLink(BssModules.Accounts, "ACC-7", "7", null, DateTimeOffset.UnixEpoch), TestContext.CancellationToken);

        // A strict mapper fails on any call: a pull must not build or use the AutoMapper configuration.
        var context = TestModuleContext.Create(links, client: client.Object, mapper: new Mock<AutoMapper.IMapper>(MockBehavior.Strict).Object);
        var records = new List<PulledRecord<BssContact>>();
        await foreach (var batch in new ContactsModule().CreatePullModule(context).PullAsync(new PullRequest(null), TestContext.CancellationToken))
        {
            records.AddRange(batch.Records);
        }

        Assert.AreEqual(new BssContact { AccountId = "ACC-7", LastName = "Lovelace", Email = "ada@acme.example" }, records.Single().Record);
        Assert.AreEqual("31", records.Single().RemoteId);
    }

    [TestMethod]
    public async Task PullAsync_PageOfContactsAtSeveralCompanies_ReadsTheAccountsLinksInOneStoreCall()
    {
        var contacts = new Mock<IResourceClient<CwContact>>();
        contacts.Setup(c => c.ListPagesAsync(It.IsAny<ListQuery>(), It.IsAny<CancellationToken>()))
            .Returns((ListQuery _, CancellationToken token) => Pages(
                token,
                new CwContact { Id = 31, LastName = "Lovelace", Company = new Reference(7) },
                new CwContact { Id = 32, LastName = "Byron", Company = new Reference(7) },
                new CwContact { Id = 33, LastName = "Babbage", Company = new Reference(8) },
                new CwContact { Id = 34, LastName = "Somerville" }));
        var client = new Mock<IConnectWiseClient>();
        client.Setup(c => c.Contacts).Returns(contacts.Object);
        var links = new InMemoryLinkStore();
        await links.SaveAsync(new IntegrationLink(BssModules.Accounts, "ACC-7", "7", null, DateTimeOffset.UnixEpoch), TestContext.CancellationToken);
        var context = TestModuleContext.Create(links, client: client.Object);

        var records = new List<PulledRecord<BssContact>>();
        await foreach (var batch in new ContactsModule().CreatePullModule(context).PullAsync(new PullRequest(null), TestContext.CancellationToken))
        {
            records.AddRange(batch.Records);
        }

        Assert.AreEqual(0, links.FindByRemoteIdCalls, "no contact's company is looked up on its own");
        Assert.AreEqual(2, links.FindByRemoteIdsCalls, "the page's own links, then its companies' links");
        CollectionAssert.AreEqual(
            new[] { "ACC-7", "ACC-7", string.Empty, string.Empty },
            records.Select(r => r.Record.AccountId).ToArray(),
            "a contact at a linked company names its account; at an unlinked company or none, no account");
    }

    private static async IAsyncEnumerable<ConnectWisePage<CwContact>> Pages([EnumeratorCancellation] CancellationToken cancellationToken, params CwContact[] contacts)
    {
        cancellationToken.ThrowIfCancellationRequested();
        await Task.Yield();
        yield return new ConnectWisePage<CwContact>(contacts, HasMore: false, DateTimeOffset.UnixEpoch.AddYears(56));
    }
}
