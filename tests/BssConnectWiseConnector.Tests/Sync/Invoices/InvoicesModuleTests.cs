using Bss.IntegrationFramework;
using BssConnectWiseConnector.Lookups;
using BssConnectWiseConnector.Tests.TestSupport;

namespace BssConnectWiseConnector.Tests.Sync.Invoices;

[TestClass]
public sealed class InvoicesModuleTests
{
    [TestMethod]
    public async Task Check_LookupMapsToAgreement_ErrorNamingTheBssValueWithTheFix()
    {
        await using var h = await SimulatorHarness.StartAsync(resilience: SimulatorHarness.Unthrottled);
        h.Lookups[LookupNames.InvoiceType] = new Dictionary<string, string> { ["Contract"] = "Agreement", ["Credit"] = "CreditMemo" };

        await using var session = await h.OpenAsync();
        var findings = (await session.CheckAsync()).Findings;

        var error = findings.Single(f => f.Severity == CheckSeverity.Error && f.Area == $"{LookupNames.InvoiceType} lookup 'Contract'" && f.Message.Contains("agreement invoicing", StringComparison.Ordinal));
        Assert.Contains("'Agreement'", error.Message);
        Assert.Contains("Miscellaneous", error.Fix!);
        Assert.IsFalse(findings.Any(f => f.Area == $"{LookupNames.InvoiceType} lookup 'Credit'" && f.Severity == CheckSeverity.Error));
    }
}
