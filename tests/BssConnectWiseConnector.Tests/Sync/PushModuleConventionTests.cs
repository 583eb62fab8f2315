using System.Reflection;
using Bss.IntegrationFramework;
using BssConnectWiseConnector.Sync;
using BssConnectWiseConnector.Tests.TestSupport;

namespace BssConnectWiseConnector.Tests.Sync;

/// <summary>Conventions every registered module keeps, driven over the registrations so a new module is held to them too.</summary>
[TestClass]
public sealed class PushModuleConventionTests
{
    public TestContext TestContext { get; set; } = null!;

    public static IEnumerable<object[]> PushingModules() =>
        ModuleCatalog.All
            .Where(r => r.GetType().GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IPushRegistration<>)))
            .Select(r => new object[] { r.Definition.Name });

    [TestMethod]
    [DynamicData(nameof(PushingModules))]
    public async Task PushAsync_EveryRegisteredModule_ExactlyOneResultPerItemInBatchOrder(string module)
    {
        // Every request fails (the stub answers none): the module must still give each item its own result.
        var context = TestModuleContext.Create(new InMemoryLinkStore());
        var registration = ModuleCatalog.Find(module)!;
        var contract = registration.GetType().GetInterfaces().Single(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IPushRegistration<>));
        var recordType = contract.GetGenericArguments()[0];
        var handler = contract.GetMethod(nameof(IPushRegistration<Account>.CreatePushModule))!.Invoke(registration, [context])!;

        var results = await (Task<IReadOnlyList<PushResult>>)typeof(PushModuleConventionTests)
            .GetMethod(nameof(PushMixedBatchAsync), BindingFlags.NonPublic | BindingFlags.Static)!
            .MakeGenericMethod(recordType)
            .Invoke(null, [handler, TestContext.CancellationToken])!;

        CollectionAssert.AreEqual(new[] { "R1", "", "R3", "R1", "R5" }, results.Select(r => r.BssId).ToArray(), module);
        Assert.IsTrue(results.All(r => r.Module == module), module);
        Assert.IsTrue(results.Where(r => r.Outcome == PushOutcome.Failed).All(r => r.FailureKind is not null && !string.IsNullOrWhiteSpace(r.Reason)), module);
    }

    private static Task<IReadOnlyList<PushResult>> PushMixedBatchAsync<TRecord>(IPushModule<TRecord> handler, CancellationToken cancellationToken)
        where TRecord : BssRecord
    {
        TRecord Record(string id) => Activator.CreateInstance<TRecord>() with { Id = id };
        return handler.PushAsync(
            [
                new PushItem<TRecord>(Record("R1"), SyncOperation.Create),
                new PushItem<TRecord>(Record(""), SyncOperation.Create),
                new PushItem<TRecord>(Record("R3"), SyncOperation.Delete),
                new PushItem<TRecord>(Record("R1"), SyncOperation.Update),
                new PushItem<TRecord>(Record("R5"), SyncOperation.Update),
            ],
            PushOptions.Default,
            cancellationToken);
    }
}
