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
    [DataRow(BssModules.Payments, 70, "Finance > Invoicing (invoice payments)")]
    public void Find_BillingModule_IsRegisteredInOrderWithItsPermission(string module, int order, string permission)
    {
        var registration = ModuleCatalog.Find(module);

        Assert.IsNotNull(registration);
        Assert.AreEqual(order, registration.Order);
        Assert.Contains(permission, registration.Permissions.Select(p => p.Permission).ToArray());
        Assert.Contains(SyncOperation.Create, registration.Definition.Operations.ToArray());
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
