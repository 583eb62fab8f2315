using System.Net;
using Bss.IntegrationFramework;
using BssConnectWiseConnector.Clients;
using BssConnectWiseConnector.Http;
using BssConnectWiseConnector.Http.Errors;
using BssConnectWiseConnector.Lookups;
using BssConnectWiseConnector.Mapping;
using BssConnectWiseConnector.Models;
using BssConnectWiseConnector.Sync;
using BssConnectWiseConnector.Sync.Accounts;
using BssConnectWiseConnector.Tests.TestSupport;
using Microsoft.Extensions.Logging.Abstractions;
using Moq;

namespace BssConnectWiseConnector.Tests.Sync.Accounts;

[TestClass]
public sealed class AccountsPushModuleTests
{
    private readonly InMemoryLinkStore _links = new();
    private readonly Mock<IResourceClient<Company>> _companies = new(MockBehavior.Strict);
    private int _nextId = 100;

    private IPushModule<Account> Module(Dictionary<string, IReadOnlyDictionary<string, string>>? lookups = null) =>
        AccountsModule.CreatePush(_companies.Object, TestModuleContext.Create(_links, lookups ?? new Dictionary<string, IReadOnlyDictionary<string, string>>
        {
            [LookupNames.AccountType] = new Dictionary<string, string> { ["Customer"] = "7" },
        }));

    private static PushItem<Account> Item(string id, string name, string? code = null, string? type = "Customer") =>
        new(new Account { Id = id, Code = code, Name = name, Type = type, BillingAddress = new Address { City = "Springfield" } }, SyncOperation.Create);

    private void NoneExist() =>
        _companies.Setup(c => c.FindInAsync("identifier", It.IsAny<IReadOnlyCollection<object>>(), null, It.IsAny<CancellationToken>()))
            .ReturnsAsync(Array.Empty<Company>());

    private void CreateEchoes() =>
        _companies.Setup(c => c.CreateAsync(It.IsAny<Company>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((Company c, CancellationToken _) => c with { Id = Interlocked.Increment(ref _nextId) });

    [TestMethod]
    public async Task PushAsync_NewAccounts_OneLookupThenOneCreateEachAndLinks()
    {
        NoneExist();
        CreateEchoes();
        var items = Enumerable.Range(1, 5).Select(i => Item($"A{i}", $"Account {i}", $"CODE{i}")).ToArray();

        var results = await Module().PushAsync(items, PushOptions.Default);

        Assert.IsTrue(results.All(r => r.Outcome == PushOutcome.Created), string.Join("; ", results.Select(r => r.Reason)));
        _companies.Verify(c => c.FindInAsync("identifier", It.Is<IReadOnlyCollection<object>>(ids => ids.Count == 5), null, It.IsAny<CancellationToken>()), Times.Once);
        _companies.Verify(c => c.CreateAsync(It.Is<Company>(x => x.Types![0].Id == 7 && x.Status!.Id == 1), It.IsAny<CancellationToken>()), Times.Exactly(5));
        Assert.HasCount(5, _links.All);
        Assert.IsTrue(_links.All.All(l => l.Snapshot is not null && l.PayloadHash is not null));
    }

    [TestMethod]
    public async Task PushAsync_SameAccountsAgain_UnchangedWithoutAnyRequest()
    {
        NoneExist();
        CreateEchoes();
        var items = new[] { Item("A1", "One", "ONE"), Item("A2", "Two", "TWO") };
        await Module().PushAsync(items, PushOptions.Default);
        _companies.Invocations.Clear();

        var results = await Module().PushAsync(items, PushOptions.Default);

        Assert.IsTrue(results.All(r => r.Outcome == PushOutcome.Unchanged));
        Assert.IsEmpty(_companies.Invocations);
    }

    [TestMethod]
    public async Task PushAsync_ChangedPhone_PatchesOnlyThePhone()
    {
        NoneExist();
        CreateEchoes();
        await Module().PushAsync([Item("A1", "One", "ONE")], PushOptions.Default);
        IReadOnlyList<PatchOperation>? sent = null;
        _companies.Setup(c => c.PatchAsync(101, It.IsAny<IReadOnlyList<PatchOperation>>(), It.IsAny<CancellationToken>()))
            .Callback((int _, IReadOnlyList<PatchOperation> ops, CancellationToken _) => sent = ops)
            .ReturnsAsync(new Company { Id = 101 });

        var changed = new PushItem<Account>(new Account { Id = "A1", Code = "ONE", Name = "One", Type = "Customer", Phone = "+1 555 0100", BillingAddress = new Address { City = "Springfield" } }, SyncOperation.Update);
        var results = await Module().PushAsync([changed], PushOptions.Default);

        Assert.AreEqual(PushOutcome.Updated, results[0].Outcome);
        Assert.AreEqual("phoneNumber", sent!.Single().Path);
        Assert.AreEqual("+1 555 0100", results[0].Changes.Single().NewValue);
    }

    [TestMethod]
    public async Task PushAsync_IdentifierAlreadyInConnectWise_AdoptsInsteadOfCreating()
    {
        _companies.Setup(c => c.FindInAsync("identifier", It.IsAny<IReadOnlyCollection<object>>(), null, It.IsAny<CancellationToken>()))
            .ReturnsAsync([new Company { Id = 55, Identifier = "ONE", Name = "One", Status = new Reference(1), City = "Springfield" }]);

        var results = await Module().PushAsync([Item("A1", "One", "ONE", type: null)], PushOptions.Default);

        Assert.AreEqual(PushOutcome.Unchanged, results[0].Outcome);
        Assert.AreEqual("55", results[0].RemoteId);
        Assert.Contains("Adopted", results[0].Reason!);
        Assert.AreEqual("55", _links.All.Single().RemoteId);
        _companies.Verify(c => c.CreateAsync(It.IsAny<Company>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [TestMethod]
    public async Task PushAsync_IdentifierOwnedByAnotherLinkedAccount_IsAConflict()
    {
        await _links.SaveAsync(new IntegrationLink(BssModules.Accounts, "OTHER", "55", "h", DateTimeOffset.UnixEpoch));
        _companies.Setup(c => c.FindInAsync("identifier", It.IsAny<IReadOnlyCollection<object>>(), null, It.IsAny<CancellationToken>()))
            .ReturnsAsync([new Company { Id = 55, Identifier = "ONE", Name = "Someone else" }]);

        var results = await Module().PushAsync([Item("A1", "One", "ONE")], PushOptions.Default);

        Assert.AreEqual(PushOutcome.Failed, results[0].Outcome);
        Assert.AreEqual(FailureKind.Conflict, results[0].FailureKind);
        Assert.Contains("OTHER", results[0].Reason!);
    }

    [TestMethod]
    public async Task PushAsync_BadRecordsInBatch_FailAloneWithReasonsWhileOthersGoOn()
    {
        NoneExist();
        CreateEchoes();
        var items = new[]
        {
            Item("A1", "Good", "GOOD"),
            Item("A2", "", "EMPTYNAME"),
            Item("A3", new string('x', 200), "LONG"),
            Item("A4", "Unmapped type", "UNMAPPED", type: "Reseller"),
            Item("A5", "Duplicate code", "GOOD"),
        };

        var results = await Module().PushAsync(items, PushOptions.Default);

        Assert.AreEqual(PushOutcome.Created, results[0].Outcome);
        Assert.AreEqual(FailureKind.Data, results[1].FailureKind);
        Assert.Contains("name is required", results[1].Reason!);
        Assert.AreEqual(FailureKind.Data, results[2].FailureKind);
        Assert.Contains("ConnectWise allows 156", results[2].Reason!);
        Assert.AreEqual(FailureKind.Configuration, results[3].FailureKind);
        Assert.Contains("'Reseller'", results[3].Reason!);
        Assert.AreEqual(FailureKind.Data, results[4].FailureKind);
        Assert.Contains("A1", results[4].Reason!);
        _companies.Verify(c => c.CreateAsync(It.IsAny<Company>(), It.IsAny<CancellationToken>()), Times.Once);
    }

    [TestMethod]
    public async Task PushAsync_CreateAnsweredObjectExists_AdoptsTheCompanyAnotherWriterCreated()
    {
        var lookups = 0;
        _companies.Setup(c => c.FindInAsync("identifier", It.IsAny<IReadOnlyCollection<object>>(), null, It.IsAny<CancellationToken>()))
            .ReturnsAsync(() => Interlocked.Increment(ref lookups) == 1 ? [] : [new Company { Id = 77, Identifier = "ONE", Name = "One", Status = new Reference(1), Types = [new Reference(7)], City = "Springfield" }]);
        _companies.Setup(c => c.CreateAsync(It.IsAny<Company>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new ConnectWiseValidationException(new ConnectWiseErrorInfo(HttpStatusCode.BadRequest, "InvalidObject", "company object is invalid",
                [new ConnectWiseErrorDetail { Code = "ObjectExists", Field = "identifier", Resource = "company" }], "POST", "company/companies", null)));

        var results = await Module().PushAsync([Item("A1", "One", "ONE")], PushOptions.Default);

        Assert.AreEqual("77", results[0].RemoteId);
        Assert.AreNotEqual(PushOutcome.Failed, results[0].Outcome);
        Assert.AreEqual("77", _links.All.Single().RemoteId);
    }

    [TestMethod]
    public async Task PushAsync_ServerFailsOnCreate_TransientFailureAndNoLink()
    {
        NoneExist();
        _companies.Setup(c => c.CreateAsync(It.IsAny<Company>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new ConnectWiseApiException(new ConnectWiseErrorInfo(HttpStatusCode.ServiceUnavailable, null, "down", [], "POST", "company/companies", null)));

        var results = await Module().PushAsync([Item("A1", "One", "ONE")], PushOptions.Default);

        Assert.AreEqual(FailureKind.Transient, results[0].FailureKind);
        Assert.IsEmpty(_links.All);
    }

    [TestMethod]
    public async Task PushAsync_DryRun_ReportsThePlanAndWritesNothing()
    {
        NoneExist();

        var results = await Module().PushAsync([Item("A1", "One", "ONE")], new PushOptions { DryRun = true });

        Assert.AreEqual(PushOutcome.Created, results[0].Outcome);
        Assert.IsTrue(results[0].Changes.Any(c => c.Field == "name" && c.NewValue == "One"));
        _companies.Verify(c => c.CreateAsync(It.IsAny<Company>(), It.IsAny<CancellationToken>()), Times.Never);
        Assert.IsEmpty(_links.All);
    }
}
