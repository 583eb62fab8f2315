using BssConnectWiseConnector.Diagnostics.Conformance;
using BssConnectWiseConnector.Settings;

namespace BssConnectWiseConnector.Tests.Diagnostics.Conformance;

[TestClass]
public sealed class SandboxGuardTests
{
    [TestMethod]
    [DataRow("https://sandbox-na.myconnectwise.net/", true)]
    [DataRow("https://api-sandbox-na.myconnectwise.net/", true)]
    [DataRow("https://SANDBOX-eu.example.com/", true)]
    [DataRow("https://api-na.myconnectwise.net/", false)]
    [DataRow("https://mysandbox-na.example.com/", false)]
    [DataRow("http://127.0.0.1:5000/", false)]
    public void IsSandboxHost_Host_IsTrueOnlyForASandboxPrefix(string url, bool sandbox) =>
        Assert.AreEqual(sandbox, SandboxGuard.IsSandboxHost(new ConnectWiseSite(new Uri(url), null)));

    [TestMethod]
    public void Demand_ProductionHostUnconfirmed_ThrowsNamingTheHostAndTheFlag()
    {
        var error = Assert.ThrowsExactly<InvalidOperationException>(() => SandboxGuard.Demand(new ConnectWiseSite(new Uri("https://api-na.myconnectwise.net/"), null), confirmed: false));

        StringAssert.Contains(error.Message, "api-na.myconnectwise.net is not a sandbox- host");
        StringAssert.Contains(error.Message, "--sandbox");
    }

    [TestMethod]
    public void Demand_ProductionHostConfirmed_DoesNotThrow() =>
        SandboxGuard.Demand(new ConnectWiseSite(new Uri("https://api-na.myconnectwise.net/"), null), confirmed: true);
}
