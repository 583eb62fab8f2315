using System.Text.Json.Nodes;
using ConnectWise.Simulator.Storage;

namespace ConnectWise.Simulator.Tests.Storage;

/// <summary>The natural-key check answered from the index: the same answers as reading every row, after any write.</summary>
[TestClass]
public sealed class NaturalKeyIndexTests
{
    private const string Companies = "company/companies";
    private const string Identifier = "identifier";

    [TestMethod]
    public void TryInsert_KeyOfAStoredRecordInOtherCase_IsDuplicate()
    {
        var store = NewStore();
        store.Add(Companies, Company("ACME"));

        var outcome = store.TryInsert(Companies, Company("acme"), Identifier, "tester", out var id);

        Assert.AreEqual(WriteOutcome.Duplicate, outcome);
        Assert.AreEqual(0, id);
        Assert.AreEqual(1, store.Count(Companies));
    }

    [TestMethod]
    public void TryInsert_KeyChangedAwayByUpdate_IsFreeAndTheNewKeyIsTaken()
    {
        var store = NewStore();
        var acme = store.Add(Companies, Company("ACME"));
        store.Update(Companies, acme, row => row[Identifier] = "ACME2");

        Assert.AreEqual(WriteOutcome.Done, store.TryInsert(Companies, Company("ACME"), Identifier, "tester", out _));
        Assert.AreEqual(WriteOutcome.Duplicate, store.TryInsert(Companies, Company("acme2"), Identifier, "tester", out _));
    }

    [TestMethod]
    public void TryInsert_KeyOfARemovedOrClearedRecord_IsFree()
    {
        var store = NewStore();
        var acme = store.Add(Companies, Company("ACME"));
        store.Add(Companies, Company("BETA"));
        store.Remove(Companies, acme);

        Assert.AreEqual(WriteOutcome.Done, store.TryInsert(Companies, Company("ACME"), Identifier, "tester", out _));
        Assert.AreEqual(WriteOutcome.Duplicate, store.TryInsert(Companies, Company("BETA"), Identifier, "tester", out _));

        store.Clear(Companies);
        Assert.AreEqual(WriteOutcome.Done, store.TryInsert(Companies, Company("BETA"), Identifier, "tester", out _));
    }

    [TestMethod]
    public void TryReplace_OwnKeyOrAKeyTwoSeedsShare_OwnIsDoneSharedStaysTakenUntilBothAreGone()
    {
        var store = NewStore();
        var first = store.Add(Companies, Company("SEED"));
        var second = store.Add(Companies, Company("SEED"));
        var other = store.Add(Companies, Company("OTHER"));

        Assert.AreEqual(WriteOutcome.Done, store.TryReplace(Companies, other, Company("other"), Identifier, "tester"), "a record keeps its own key");
        Assert.AreEqual(WriteOutcome.Duplicate, store.TryReplace(Companies, first, Company("seed"), Identifier, "tester"), "the second seed still has the key");
        store.Remove(Companies, second);
        Assert.AreEqual(WriteOutcome.Done, store.TryReplace(Companies, first, Company("seed"), Identifier, "tester"));
        Assert.AreEqual(WriteOutcome.Duplicate, store.TryReplace(Companies, other, Company("SEED"), Identifier, "tester"));
    }

    [TestMethod]
    public void TryInsert_WithoutTheKey_CollidesWithNothing()
    {
        var store = NewStore();
        store.Add(Companies, new JsonObject { ["name"] = "No identifier" });

        Assert.AreEqual(WriteOutcome.Done, store.TryInsert(Companies, new JsonObject { ["name"] = "Neither" }, Identifier, "tester", out _));
    }

    [TestMethod]
    public void TryInsert_AKeyPathOtherThanTheResourcesOwn_IsCheckedAgainstEveryRow()
    {
        var store = NewStore();
        store.Add(Companies, Company("ACME", name: "Acme Ltd"));

        Assert.AreEqual(WriteOutcome.Duplicate, store.TryInsert(Companies, Company("BETA", name: "ACME LTD"), "name", "tester", out _));
        Assert.AreEqual(WriteOutcome.Done, store.TryInsert(Companies, Company("GAMMA", name: "Gamma"), "name", "tester", out _));
    }

    private static SimulatorStore NewStore() => new(TimeProvider.System, () => "http://127.0.0.1:1/v4_6_release/apis/3.0/");

    private static JsonObject Company(string identifier, string name = "Company") => new() { [Identifier] = identifier, ["name"] = name };
}
