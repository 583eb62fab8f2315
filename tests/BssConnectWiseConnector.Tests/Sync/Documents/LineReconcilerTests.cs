using BssConnectWiseConnector.Clients;
using BssConnectWiseConnector.Http;
using BssConnectWiseConnector.Models;
using BssConnectWiseConnector.Sync.Documents;
using BssConnectWiseConnector.Sync.Orders;
using Moq;

namespace BssConnectWiseConnector.Tests.Sync.Documents;

[TestClass]
public sealed class LineReconcilerTests
{
    private readonly Mock<IResourceClient<ProcurementProduct>> _lines = new(MockBehavior.Strict);

    public TestContext TestContext { get; set; } = null!;

    private static ProcurementProduct Line(int catalogItem, decimal quantity, int sequence, int? id = null) => new()
    {
        Id = id,
        CatalogItem = new Reference(catalogItem),
        Quantity = quantity,
        Price = 10,
        BillableOption = "Billable",
        SequenceNumber = sequence,
        SalesOrder = new Reference(7),
    };

    private void Current(params ProcurementProduct[] lines) =>
        _lines.Setup(l => l.ListAsync(It.Is<ListQuery>(q => q.Conditions!.Text == "salesOrder/id = 7"), It.IsAny<CancellationToken>()))
            .Returns(lines.ToAsyncEnumerable());

    private Task<IReadOnlyList<Bss.IntegrationFramework.FieldChange>> ReconcileAsync(bool dryRun, params ProcurementProduct[] desired) =>
        new LineReconciler(_lines.Object, "salesOrder/id", OrderFields.Line).ReconcileAsync(7, desired, knownEmpty: false, dryRun, TestContext.CancellationToken);

    [TestMethod]
    public async Task ReconcileAsync_OneMoreLineOfTheSameItem_AddsOnlyThatLine()
    {
        Current(Line(5, 1, 1, id: 101), Line(5, 2, 2, id: 102));
        _lines.Setup(l => l.CreateAsync(It.IsAny<ProcurementProduct>(), It.IsAny<CancellationToken>())).ReturnsAsync((ProcurementProduct p, CancellationToken _) => p with { Id = 103 });

        var changes = await ReconcileAsync(false, Line(5, 1, 1), Line(5, 2, 2), Line(5, 3, 3));

        Assert.HasCount(1, changes);
        Assert.AreEqual("line 3", changes[0].Field);
        _lines.Verify(l => l.CreateAsync(It.Is<ProcurementProduct>(p => p.Quantity == 3), It.IsAny<CancellationToken>()), Times.Once);
        _lines.Verify(l => l.PatchAsync(It.IsAny<int>(), It.IsAny<IReadOnlyList<PatchOperation>>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [TestMethod]
    public async Task ReconcileAsync_FewerLines_RemovesTheLeftoversOnly()
    {
        Current(Line(5, 1, 1, id: 101), Line(5, 1, 2, id: 102), Line(6, 1, 3, id: 103));
        _lines.Setup(l => l.DeleteAsync(It.IsAny<int>(), It.IsAny<CancellationToken>())).Returns(Task.CompletedTask);

        var changes = await ReconcileAsync(false, Line(5, 1, 1));

        _lines.Verify(l => l.DeleteAsync(102, It.IsAny<CancellationToken>()), Times.Once);
        _lines.Verify(l => l.DeleteAsync(103, It.IsAny<CancellationToken>()), Times.Once);
        _lines.Verify(l => l.DeleteAsync(101, It.IsAny<CancellationToken>()), Times.Never);
        Assert.HasCount(2, changes);
        Assert.IsTrue(changes.All(c => c.NewValue is null));
    }

    [TestMethod]
    public async Task ReconcileAsync_ChangedQuantity_PatchesOnlyTheQuantity()
    {
        Current(Line(5, 1, 1, id: 101) with { Description = "set in ConnectWise" });
        IReadOnlyList<PatchOperation>? sent = null;
        _lines.Setup(l => l.PatchAsync(101, It.IsAny<IReadOnlyList<PatchOperation>>(), It.IsAny<CancellationToken>()))
            .Callback((int _, IReadOnlyList<PatchOperation> ops, CancellationToken _) => sent = ops)
            .ReturnsAsync(new ProcurementProduct());

        await ReconcileAsync(false, Line(5, 4, 1));

        Assert.AreEqual("quantity", sent!.Single().Path);
    }

    [TestMethod]
    public async Task ReconcileAsync_DryRun_ReportsWithoutWriting()
    {
        Current(Line(5, 1, 1, id: 101));

        var changes = await ReconcileAsync(true, Line(6, 1, 1));

        Assert.HasCount(2, changes);
        _lines.Verify(l => l.ListAsync(It.IsAny<ListQuery>(), It.IsAny<CancellationToken>()), Times.Once);
        _lines.VerifyNoOtherCalls();
    }
}
