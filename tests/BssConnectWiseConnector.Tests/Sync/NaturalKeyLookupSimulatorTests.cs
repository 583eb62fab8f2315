using System.Text.Json.Nodes;
using Bss.IntegrationFramework;
using BssConnectWiseConnector.Tests.TestSupport;
using ConnectWise.Simulator;

namespace BssConnectWiseConnector.Tests.Sync;

/// <summary>
/// Natural keys holding '"', '*', '[' or '\' against the strict simulator, which refuses a backslash escape in a
/// condition: each is found by a like condition without those characters plus an exact comparison, never duplicated.
/// </summary>
[TestClass]
public sealed class NaturalKeyLookupSimulatorTests
{
    private static Account Account(string id, string code) => new()
    {
        Id = id,
        Code = code,
        Name = "Awkward " + id,
        BillingAddress = new Address { Line1 = "1 Main St", City = "Leeds" },
    };

    private static int CompaniesWith(ConnectWiseSimulator simulator, string identifier) =>
        simulator.Store.All("company/companies").Count(c => string.Equals((string?)c["identifier"], identifier, StringComparison.Ordinal));

    private static async Task ForgetLinksAsync(SimulatorHarness h)
    {
        foreach (var link in h.Links.All.ToArray())
        {
            await h.Links.RemoveAsync(link.Module, link.BssId);
        }
    }

    [TestMethod]
    public async Task Push_StrictProfileKeysWithQuoteAndStar_FoundByLikeAndExactComparisonNotTheLookAlike()
    {
        await using var h = await SimulatorHarness.StartAsync(new SimulatorOptions { Profile = SimulatorProfile.Strict }, SimulatorHarness.Unthrottled);
        var lookAlike = h.Simulator.Store.Add("company/companies", new JsonObject { ["identifier"] = "Q-X-2", ["name"] = "Look-alike", ["addressLine1"] = "2 Side St" });
        Account[] accounts = [Account("A1", "Q\"1\""), Account("A2", "Q-*-2")];

        var first = await h.PushAsync(BssModules.Accounts, accounts);
        await ForgetLinksAsync(h);
        h.Simulator.Requests.Clear();
        var second = await h.PushAsync(BssModules.Accounts, accounts);

        Assert.IsTrue(first.All(r => r.Outcome == PushOutcome.Created), string.Join("; ", first.Select(r => r.Reason)));
        Assert.IsTrue(second.All(r => r.Reason?.Contains("Adopted", StringComparison.Ordinal) == true), string.Join("; ", second.Select(r => r.Outcome + " " + r.Reason)));
        CollectionAssert.AreEqual(first.Select(r => r.RemoteId).ToArray(), second.Select(r => r.RemoteId).ToArray(), "the same companies, not the look-alike");
        Assert.AreNotEqual(lookAlike.ToString(System.Globalization.CultureInfo.InvariantCulture), second[1].RemoteId);
        Assert.AreEqual(1, CompaniesWith(h.Simulator, "Q\"1\""));
        Assert.AreEqual(1, CompaniesWith(h.Simulator, "Q-*-2"));
        Assert.AreEqual(2, h.Simulator.Requests.CountOf("GET", "company/companies"), "one like request per key");
        Assert.IsFalse(h.Simulator.Requests.Snapshot().Any(r => r.Status == 400), "no condition with a backslash escape was sent");
    }

    [TestMethod]
    public async Task Push_StrictProfileKeysWithEveryUnsafeCharacter_CreatedOnceThenUnchangedThenAdopted()
    {
        await using var h = await SimulatorHarness.StartAsync(new SimulatorOptions { Profile = SimulatorProfile.Strict }, SimulatorHarness.Unthrottled);
        Account[] accounts = [Account("A1", "Say \"Hi\""), Account("A2", "Star*Co"), Account("A3", "[Bracket] Ltd"), Account("A4", "Back\\Slash"), Account("A5", "Plain Ltd")];

        var first = await h.PushAsync(BssModules.Accounts, accounts);
        var second = await h.PushAsync(BssModules.Accounts, accounts);
        await ForgetLinksAsync(h);
        var third = await h.PushAsync(BssModules.Accounts, accounts);

        Assert.IsTrue(first.All(r => r.Outcome == PushOutcome.Created), string.Join("; ", first.Select(r => r.Reason)));
        Assert.IsTrue(second.All(r => r.Outcome == PushOutcome.Unchanged), string.Join("; ", second.Select(r => r.Outcome + " " + r.Reason)));
        Assert.IsTrue(third.All(r => r.Reason?.Contains("Adopted", StringComparison.Ordinal) == true), string.Join("; ", third.Select(r => r.Outcome + " " + r.Reason)));
        Assert.AreEqual(5, h.Simulator.Store.All("company/companies").Count(c => ((string?)c["name"])?.StartsWith("Awkward", StringComparison.Ordinal) == true), "no duplicate");
        foreach (var account in accounts)
        {
            Assert.AreEqual(1, CompaniesWith(h.Simulator, account.Code!), account.Code);
        }

        Assert.IsFalse(h.Simulator.Requests.Snapshot().Any(r => r.Status == 400), "no condition with a backslash escape was sent");
    }
}
