using System.Net;
using Bss.IntegrationFramework;
using BssConnectWiseConnector.Http.Errors;
using BssConnectWiseConnector.Sync;
using BssConnectWiseConnector.Sync.Pipeline;
using BssConnectWiseConnector.Tests.TestSupport;
using Moq;

namespace BssConnectWiseConnector.Tests.Sync.Pipeline;

/// <summary>The ledger-entry engine on its own, over a definition that Moq plays (Payments' own tests run it over the simulator).</summary>
[TestClass]
public sealed class LedgerEntryPushTests
{
    private const string ParentRemoteId = "7";

    private readonly InMemoryLinkStore _links = new();
    private readonly Mock<ILedgerEntryDefinition<Account, Entry>> _definition = new();

    public TestContext TestContext { get; set; } = null!;

    [TestInitialize]
    public async Task DefinitionOfEntriesOfOneLinkedParent()
    {
        await _links.SaveAsync(new IntegrationLink(BssModules.Invoices, "I1", ParentRemoteId, null, DateTimeOffset.UnixEpoch, null), TestContext.CancellationToken);
        _definition.SetupGet(d => d.Module).Returns(BssModules.Payments);
        _definition.SetupGet(d => d.Entity).Returns("payment");
        _definition.SetupGet(d => d.ParentModule).Returns(BssModules.Invoices);
        _definition.SetupGet(d => d.ParentEntity).Returns("invoice");
        _definition.Setup(d => d.ParentIdOf(It.IsAny<Account>())).Returns("I1");
        _definition.Setup(d => d.MapAsync(It.IsAny<Account>(), It.IsAny<int>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((Account a, int _, CancellationToken _) => MappedRecord<Entry>.Ready(new Entry(null, decimal.Parse(a.Name!, System.Globalization.CultureInfo.InvariantCulture)), a.Name!));
        _definition.Setup(d => d.IdOf(It.IsAny<Entry>())).Returns((Entry e) => e.Id);
        _definition.Setup(d => d.IsSame(It.IsAny<Entry>(), It.IsAny<Entry>())).Returns((Entry r, Entry d) => r.Amount == d.Amount);
        _definition.Setup(d => d.Describe(It.IsAny<Entry>())).Returns((Entry e) => e.Amount.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [TestMethod]
    public async Task PushAsync_TwoEqualEntriesOfOneParent_AdoptsTheOneThereOnceAndCreatesTheOther()
    {
        _definition.Setup(d => d.ReadAsync(7, It.IsAny<CancellationToken>())).ReturnsAsync([new Entry(101, 5m)]);
        _definition.Setup(d => d.CreateAsync(7, It.IsAny<Entry>(), It.IsAny<CancellationToken>())).ReturnsAsync((int _, Entry e, CancellationToken _) => e with { Id = 102 });

        var results = await Push(Item("A1", "5"), Item("A2", "5"));

        CollectionAssert.AreEqual(new[] { PushOutcome.Unchanged, PushOutcome.Created }, results.Select(r => r.Outcome).ToArray(), string.Join(" | ", results.Select(r => r.Reason)));
        CollectionAssert.AreEqual(new[] { "101", "102" }, results.Select(r => r.RemoteId).ToArray());
        StringAssert.Contains(results[0].Reason, "that invoice #7 already had");
        _definition.Verify(d => d.ReadAsync(7, It.IsAny<CancellationToken>()), Times.Once, "one parent's entries are read once for the batch");
        _definition.Verify(d => d.CreateAsync(It.IsAny<int>(), It.IsAny<Entry>(), It.IsAny<CancellationToken>()), Times.Once);
        Assert.AreEqual("102", (await _links.GetManyAsync(BssModules.Payments, ["A2"], TestContext.CancellationToken))["A2"].RemoteId);
    }

    [TestMethod]
    public async Task PushAsync_LinkedEntryChangedInTheBss_IsAConflictAndNothingIsSent()
    {
        await _links.SaveAsync(new IntegrationLink(BssModules.Payments, "A1", "101", "an older hash", DateTimeOffset.UnixEpoch, null), TestContext.CancellationToken);

        var results = await Push(Item("A1", "6"));

        Assert.AreEqual(FailureKind.Conflict, results.Single().FailureKind, results.Single().Reason);
        StringAssert.Contains(results.Single().Reason, "payments are never edited or applied twice");
        _definition.Verify(d => d.ReadAsync(It.IsAny<int>(), It.IsAny<CancellationToken>()), Times.Never);
        _definition.Verify(d => d.CreateAsync(It.IsAny<int>(), It.IsAny<Entry>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [TestMethod]
    public async Task PushAsync_CreateRefusedForASetting_FailsAsConfigurationWithTheDefinitionsReason()
    {
        var refusal = new ConnectWiseValidationException(new ConnectWiseErrorInfo(
            HttpStatusCode.BadRequest, "InvalidObject", "bad", [new ConnectWiseErrorDetail { Field = "type", Message = "unknown type" }], "POST", "finance/invoices/7/payments", null));
        _definition.Setup(d => d.ReadAsync(7, It.IsAny<CancellationToken>())).ReturnsAsync([]);
        _definition.Setup(d => d.CreateAsync(7, It.IsAny<Entry>(), It.IsAny<CancellationToken>())).ThrowsAsync(refusal);
        _definition.Setup(d => d.SettingProblemOf(refusal, It.IsAny<Entry>())).Returns("Set the type server variable.");

        var result = (await Push(Item("A1", "5"))).Single();

        Assert.AreEqual(FailureKind.Configuration, result.FailureKind, result.Reason);
        Assert.AreEqual("Set the type server variable.", result.Reason);
        Assert.AreEqual(0, (await _links.GetManyAsync(BssModules.Payments, ["A1"], TestContext.CancellationToken)).Count, "nothing is linked");
    }

    private static PushItem<Account> Item(string id, string amount) => new(new Account { Id = id, Name = amount }, SyncOperation.Create);

    private Task<IReadOnlyList<PushResult>> Push(params PushItem<Account>[] items) =>
        new LedgerEntryPush<Account, Invoice, Entry>(_definition.Object, TestModuleContext.Create(_links)).PushAsync(items, PushOptions.Default, TestContext.CancellationToken);

    /// <summary>A ledger entry as the engine sees it.</summary>
    /// <param name="Id">Its ConnectWise id.</param>
    /// <param name="Amount">Its amount.</param>
    public sealed record Entry(int? Id, decimal Amount);
}
