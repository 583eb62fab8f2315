using BssConnectWiseConnector.Tests.TestSupport;

namespace BssConnectWiseConnector.Tests.Conventions;

/// <summary>
/// Keeps a newcomer's read of one push small (docs/architecture.md, "A newcomer's read of one push"): the plugin
/// files a push module's types reach, Models/ and Http/ left out, may not grow past a budget without someone
/// deciding so here. The budgets are the figures measured when issue 15 closed, with a little room.
/// </summary>
[TestClass]
public sealed class NewcomerReadConventionTests
{
    private static readonly Lazy<TypeReferenceClosure> Plugin = new(() =>
        new TypeReferenceClosure(Path.Combine(RepositoryPaths.Root, "src", "BssConnectWiseConnector"), "Models", "Http"));

    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    [DataRow("AccountsPushDefinition.cs", 1035)] // issue 15: a flat push is its definition, composed with the engine at registration (was 2,298); issue 16: the batch's referenced links read at once (BatchLinks, +68)
    [DataRow("ContactsPushDefinition.cs", 990)] // (was 2,244); issue 16: BatchLinks (+61)
    [DataRow("ProductsPushDefinition.cs", 1075)] // (was 2,145)
    [DataRow("FlatRecordPush.cs", 1800)] // the flat-record engine with its contracts, read once for all three
    [DataRow("OrdersPushModule.cs", 2380)] // issue 16: the settings' RequestsPerMinute (+3 lines)
    [DataRow("InvoicesPushModule.cs", 2475)] // issue 17 part 3: the client interface names the customer-linking reads (+2 lines)
    [DataRow("PaymentsPushModule.cs", 1940)] // issue 18 part 1: the client interface names the agreement recap read (+3 lines); issue 16: the RequestsPerMinute server variable (+10)
    [DataRow("SubscriptionsPushModule.cs", 3925)] // issue 17: which seat fields ConnectWise owns (SeatOwnership, +71 lines) and the terms of a customer linked by hand (AgreementTerms, +56); issue 18: the price kept as set in ConnectWise per product (PriceOwnership, PriceSource, about +100: 3,196 lines at its commit); issue 18 part 1: dates outside invoiced periods (BillingDates, InvoicingStateReader, AdditionDating and their records, +335; the push's batch reads, +50): 3,907 lines after both merged
    public void Reach_PushModule_StaysWithinItsLineBudget(string pushModule, int budget)
    {
        var read = Plugin.Value.Reach(pushModule);
        var lines = read.Values.Sum();
        var report = string.Join(Environment.NewLine, read.OrderByDescending(f => f.Value).Select(f => $"{f.Value,5} {f.Key}"));
        TestContext.WriteLine($"{pushModule}: {read.Count} files, {lines} lines, {read.Keys.Sum(Plugin.Value.CodeLines)} code{Environment.NewLine}{report}");

        Assert.IsLessThanOrEqualTo(budget, lines, $"{pushModule} now reaches {read.Count} files, {lines} lines (budget {budget}): {Environment.NewLine}{report}");
        Assert.IsFalse(read.Keys.Any(f => f.StartsWith("Settings/ServerVariable", StringComparison.Ordinal) && pushModule != "PaymentsPushModule.cs"),
            "a push reads the settings' values, never how they are parsed");
        Assert.IsFalse(read.ContainsKey("Clients/ConnectWiseClient.cs") || read.ContainsKey("Clients/ResourceClient.cs"), "a push reads the client interfaces, never the concrete clients");
        Assert.IsFalse(pushModule.EndsWith("PushDefinition.cs", StringComparison.Ordinal) && read.ContainsKey("Sync/Pipeline/FlatRecordPush.cs"),
            "a push definition reads its contract, never the engine it is composed with");
    }

    [TestMethod]
    public void Reach_EveryFlatPushDefinition_HasABudgetRow()
    {
        var rows = typeof(NewcomerReadConventionTests).GetMethod(nameof(Reach_PushModule_StaysWithinItsLineBudget))!
            .GetCustomAttributes(typeof(DataRowAttribute), inherit: false).Cast<DataRowAttribute>()
            .Select(r => (string)r.Data[0]!).ToHashSet(StringComparer.Ordinal);
        var definitions = typeof(BssConnectWiseConnector.Sync.IFlatPushDefinition<,>).Assembly.GetTypes()
            .Where(t => t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(BssConnectWiseConnector.Sync.IFlatPushDefinition<,>)))
            .Select(t => t.Name + ".cs").ToArray();

        Assert.HasCount(3, definitions, "Accounts, Contacts and Products declare their pushes as definitions");
        CollectionAssert.IsSubsetOf(definitions, rows.ToArray(), "a new flat push gets a budget row for its definition");
    }

    [TestMethod]
    public void Reach_SmallTree_FollowsTypeNamesInCodeButNotInCommentsStringsOrLeftOutFolders()
    {
        var root = Directory.CreateTempSubdirectory("closure").FullName;
        try
        {
            Write(root, "Start.cs", "internal sealed class Start\n{\n    // Commented is only named here\n    private readonly Used _used = new();\n    private const string Text = \"Quoted\";\n    private readonly Model _model = new();\n}\n");
            Write(root, "Used.cs", "internal sealed class Used\n{\n    /// <see cref=\"Documented\"/>\n    public Transitive Next => new();\n}\n");
            Write(root, "Sync/Transitive.cs", "internal record Transitive;\n");
            Write(root, "Commented.cs", "internal sealed class Commented;\n");
            Write(root, "Quoted.cs", "internal sealed class Quoted;\n");
            Write(root, "Documented.cs", "internal sealed class Documented;\n");
            Write(root, "Models/Model.cs", "internal sealed class Model { public Hidden H { get; } }\n");
            Write(root, "Hidden.cs", "internal sealed class Hidden;\n");

            var closure = new TypeReferenceClosure(root, "Models");
            var read = closure.Reach("Start.cs");

            CollectionAssert.AreEquivalent(new[] { "Start.cs", "Used.cs", "Sync/Transitive.cs" }, read.Keys.ToArray());
            Assert.AreEqual(7 + 5 + 1, read.Values.Sum());
            Assert.AreEqual(4, closure.CodeLines("Start.cs"), "the class line and three members; not the comment or the braces");
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static void Write(string root, string file, string text)
    {
        var path = Path.Combine(root, file);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }
}
