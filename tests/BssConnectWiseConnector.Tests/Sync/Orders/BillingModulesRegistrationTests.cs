using Bss.IntegrationFramework;
using BssConnectWiseConnector.Lookups;
using BssConnectWiseConnector.Settings;
using BssConnectWiseConnector.Sync;

namespace BssConnectWiseConnector.Tests.Sync.Orders;

[TestClass]
public sealed class BillingModulesRegistrationTests
{
    [TestMethod]
    [DataRow(BssModules.Orders, 50, "Sales > Sales Orders")]
    [DataRow(BssModules.Invoices, 60, "Finance > Invoicing")]
    [DataRow(BssModules.Payments, 70, "Finance > Invoicing")]
    public void Find_BillingModule_IsRegisteredInOrderWithItsPermission(string module, int order, string permission)
    {
        var registration = ModuleCatalog.Find(module);

        Assert.IsNotNull(registration);
        Assert.AreEqual(order, registration.Order);
        Assert.Contains(permission, registration.Permissions.Select(p => p.Function).ToArray());
        Assert.Contains(SyncOperation.Create, registration.Definition.Operations.ToArray());
    }

    [TestMethod]
    public void Permissions_Orders_ProbeMemberMaintenanceForTheSalesRepresentative()
    {
        var probe = ModuleCatalog.Find(BssModules.Orders)!.Permissions.Single(p => p.Function == "System > Member Maintenance");

        Assert.AreEqual("system/members", probe.Route);
        Assert.AreEqual(SecurityLevels.Inquire, probe.Needed);
    }

    [TestMethod]
    public void Permissions_EveryModule_ProbesNoSetupTable()
    {
        var probes = ModuleCatalog.All.SelectMany(m => m.Permissions).ToList();

        Assert.IsNotEmpty(probes);
        Assert.IsFalse(probes.Any(p => p.Function.Contains("Table Setup", StringComparison.Ordinal)));
    }

    [TestMethod]
    public void DiscoverySources_BillingModules_CoverSalesRepAndTheStageAndTypeLookups()
    {
        var names = new[] { BssModules.Orders, BssModules.Invoices }.SelectMany(m => ModuleCatalog.Find(m)!.DiscoverySources).Select(s => s.Name).ToArray();

        CollectionAssert.IsSubsetOf(
            new[] { ServerVariableCatalog.SalesRepresentativeId.Name, LookupNames.OrderStage, LookupNames.InvoiceStage, LookupNames.InvoiceType },
            names);
    }
}
