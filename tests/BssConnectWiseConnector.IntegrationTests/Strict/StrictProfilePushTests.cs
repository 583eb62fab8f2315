using System.Text.Json;
using System.Text.Json.Nodes;
using BssConnectWiseConnector.IntegrationTests.Reliability;
using BssConnectWiseConnector.IntegrationTests.Support;
using ConnectWise.Simulator;

namespace BssConnectWiseConnector.IntegrationTests.Strict;

/// <summary>
/// A push of every module against the simulator in its strict profile, which answers every unverified behaviour the
/// way that hurts the connector most (docs/connectwise-api.md, the assumptions table): no record is lost (each is
/// linked or fails with a reason), none is duplicated in ConnectWise, and every failure names its cause.
/// </summary>
[TestClass]
public sealed class StrictProfilePushTests
{
    private static readonly string[] FailureKinds = ["Configuration", "Data", "Transient", "Permission", "Conflict"];

    private static readonly (string Route, string[] Key)[] NaturalKeys =
    [
        ("company/companies", ["identifier"]),
        ("company/contacts", ["company/id", "firstName", "lastName"]),
        ("procurement/catalog", ["identifier"]),
        ("finance/agreements", ["company/id", "type/id"]),
        ("finance/agreements/{parentId}/additions", ["agreementId", "product/id"]),
        ("sales/orders", ["description"]),
        ("finance/invoices", ["reference"]),
        ("finance/invoices/{parentId}/payments", ["invoice/id", "amount", "paymentDate"]),
        ("procurement/products", ["salesOrder/id", "invoice/id", "description"]),
    ];

    public TestContext TestContext { get; set; } = null!;

    private CancellationToken Token => TestContext.CancellationToken;

    [TestMethod]
    [Timeout(300_000, CooperativeCancellation = true)]
    public async Task Push_EveryModuleStrictProfile_NoRecordLostOrDuplicatedAndEveryFailureNamesItsCause()
    {
        var data = new AllModulesData(8);
        await using var harness = await SimulatorCli.StartAsync(Token, new SimulatorOptions { Profile = SimulatorProfile.Strict }, accounts: 0);
        await PrepareAsync(harness, data);

        var first = await harness.RunAsync(Token, "sync", "acme", "--direction", "push");
        var afterFirst = NaturalKeys.ToDictionary(k => k.Route, k => harness.Simulator.Store.Count(k.Route));
        var second = await harness.RunAsync(Token, "sync", "acme", "--direction", "push");
        var report = await harness.RunAsync(Token, "report", "acme", "--json");

        Assert.AreNotEqual(130, first.ExitCode, first.ToString());
        AssertNoDuplicate(harness.Simulator);
        foreach (var (route, _) in NaturalKeys)
        {
            Assert.AreEqual(afterFirst[route], harness.Simulator.Store.Count(route), $"the second push created {route} again: {second}");
        }

        using var json = JsonDocument.Parse(report.Output);
        var results = json.RootElement.GetProperty("results").EnumerateArray().ToList();
        foreach (var (module, expected) in data.PerModule)
        {
            var records = results.Where(r => r.GetProperty("module").GetString() == module).ToList();
            Assert.HasCount(expected, records, $"every {module} record has a result in the last run: {report.Output}");
            foreach (var failed in records.Where(r => r.GetProperty("outcome").GetString() == "Failed"))
            {
                var kind = failed.GetProperty("failureKind").GetString();
                var reason = failed.GetProperty("reason").GetString() ?? string.Empty;
                Assert.Contains(kind, FailureKinds, $"{module} {failed.GetProperty("bssId")}: {reason}");
                Assert.IsGreaterThan(30, reason.Length, $"{module} {failed.GetProperty("bssId")} fails with a reason: '{reason}'");
                Assert.DoesNotContain("Unexpected error", reason, $"{module} {failed.GetProperty("bssId")}");
            }

            foreach (var done in records.Where(r => r.GetProperty("outcome").GetString() != "Failed"))
            {
                Assert.IsFalse(string.IsNullOrEmpty(done.GetProperty("remoteId").GetString()), $"{module} {done.GetProperty("bssId")} is linked to a ConnectWise record");
            }
        }
    }

    private static void AssertNoDuplicate(ConnectWiseSimulator simulator)
    {
        var duplicates = NaturalKeys.SelectMany(k => simulator.Store.All(k.Route)
                .GroupBy(r => string.Join("|", k.Key.Select(p => Text(r, p))), StringComparer.OrdinalIgnoreCase)
                .Where(g => g.Count() > 1)
                .Select(g => $"{k.Route} {g.Key} x{g.Count()}"))
            .ToList();
        Assert.IsEmpty(duplicates, string.Join("; ", duplicates));
    }

    private static string? Text(JsonObject record, string path)
    {
        JsonNode? node = record;
        foreach (var part in path.Split('/'))
        {
            node = node?[part];
        }

        return node?.ToString();
    }

    private async Task PrepareAsync(SimulatorCli harness, AllModulesData data)
    {
        await harness.RunOkAsync(Token, "instance", "set", "acme", "--var", "SalesRepresentativeId=1", "--var", "CreditCardMethodId=CARD", "--var", "BankDepositMethodId=BANK");
        await harness.RunOkAsync(Token, "bss", "import", harness.Folder.File("all-modules.json", data.ToJson()));
        await harness.RunOkAsync(Token, "lookups", "discover", "acme", "--apply");
        var managedService = harness.Simulator.Store.All("finance/agreements/types").Single(t => (string?)t["name"] == "Managed Service")["id"]!.ToString();
        await harness.RunOkAsync(Token, "lookups", "set", "acme", "BillingCycle", "Monthly", managedService);
    }
}
