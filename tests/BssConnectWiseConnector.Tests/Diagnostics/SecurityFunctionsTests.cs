using BssConnectWiseConnector.Diagnostics;
using BssConnectWiseConnector.Sync;

namespace BssConnectWiseConnector.Tests.Diagnostics;

[TestClass]
public sealed class SecurityFunctionsTests
{
    [TestMethod]
    [DataRow("company/companies", "Companies > Company Maintenance")]
    [DataRow("company/companies/12/typeAssociations/3", "Companies > Company Maintenance")]
    [DataRow("company/companies/statuses", "System > Table Setup")]
    [DataRow("company/contacts/7", "Companies > Contacts")]
    [DataRow("procurement/catalog", "Procurement > Product Catalog")]
    [DataRow("procurement/products/5", "Procurement > Products")]
    [DataRow("finance/agreements/4/additions", "Finance > Agreements")]
    [DataRow("finance/agreements/types", "System > Table Setup")]
    [DataRow("finance/invoices/9/payments", "Finance > Invoicing")]
    [DataRow("sales/orders/statuses", "System > Table Setup")]
    [DataRow("sales/orders/2", "Sales > Sales Orders")]
    [DataRow("system/members", "System > Member Maintenance")]
    public void FunctionOf_Route_IsTheSecurityRoleFunction(string route, string function) =>
        Assert.AreEqual(function, SecurityFunctions.FunctionOf(route));

    [TestMethod]
    public void FunctionOf_UnknownRoute_IsNull() =>
        Assert.IsNull(SecurityFunctions.FunctionOf("service/tickets"));

    [TestMethod]
    [DataRow("GET", "Inquire")]
    [DataRow("POST", "Add")]
    [DataRow("PATCH", "Edit")]
    [DataRow("PUT", "Edit")]
    [DataRow("DELETE", "Delete")]
    public void LevelOf_Method_IsTheLevelItNeeds(string method, string level) =>
        Assert.AreEqual(Enum.Parse<SecurityLevels>(level), SecurityFunctions.LevelOf(method));

    [TestMethod]
    public void Requirement_RefusedPatch_NamesFunctionAndEditLevel() =>
        StringAssert.Contains(SecurityFunctions.Requirement("PATCH", "company/contacts/3"), "Companies > Contacts at the Edit level");
}
