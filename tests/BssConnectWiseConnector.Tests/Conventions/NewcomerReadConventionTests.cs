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

    private static readonly HashSet<string> Engines = new(StringComparer.Ordinal)
    {
        "Sync/Pipeline/FlatRecordPush.cs", "Sync/Pipeline/HeaderWithLinesPush.cs", "Sync/Pipeline/LedgerEntryPush.cs", "Sync/Pipeline/AgreementAdditionPush.cs", "Sync/Pipeline/NaturalKeyPush.cs", "Sync/Pipeline/PushPipeline.cs",
    };

    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    [DataRow("AccountsPushDefinition.cs", 1010)] // issue 15: a flat push is its definition, composed with the engine at registration (was 2,298; 957 then); issue 16: the batch's referenced links read at once, through their contract IReferencedLinks (+34): 991; the fingerprint's SHA-256 object kept per thread (+6): 1,005
    [DataRow("ContactsPushDefinition.cs", 970)] // (was 2,244; 920 then); issue 16: IReferencedLinks (+27): 947; a contact's account from the batch's links (+5), the fingerprint's per-thread SHA-256 (+6): 965
    [DataRow("ProductsPushDefinition.cs", 1075)] // (was 2,145)
    [DataRow("FlatRecordPush.cs", 1800)] // the flat-record engine with its contracts, read once for all three
    [DataRow("OrdersPushDefinition.cs", 780)] // issue 15: a document push is its definition, composed with HeaderWithLinesPush at registration, given its sales orders client, lookups and two settings as plain values; the batch it reads is loaded by the engine (was OrdersPushModule, 2,374)
    [DataRow("InvoicesPushDefinition.cs", 900)] // (was InvoicesPushModule, 2,456)
    [DataRow("HeaderWithLinesPush.cs", 2285)] // the document engine with NaturalKeyPush, DocumentBatchLoader, LineReconciler and the contracts, read once for both
    [DataRow("PaymentsPushDefinition.cs", 675)] // issue 15: the payment push is its definition, composed with LedgerEntryPush; it names the type settings by plain labels, no longer the settings' catalog and parsers (was PaymentsPushModule, 1,927)
    [DataRow("LedgerEntryPush.cs", 1375)] // the ledger-entry engine with the contracts
    [DataRow("SubscriptionsPushDefinition.cs", 1150)] // issue 15: a subscription's push is its definition (checks, dependencies, billing rules, price and seat ownership, the addition, fingerprint, agreement key), composed with the agreement-addition engine at registration: 1,120 lines (was 3,907 as SubscriptionsPushModule)
    [DataRow("AgreementAdditionPush.cs", 3375)] // the agreement-addition engine with what it reaches (agreements found or created, additions placed per agreement, linked ones patched, invoicing dates, drift, results): 3,335 lines, read once; the definition's types are part of it
    public void Reach_PushModule_StaysWithinItsLineBudget(string pushModule, int budget)
    {
        var read = Plugin.Value.Reach(pushModule);
        var lines = read.Values.Sum();
        var report = string.Join(Environment.NewLine, read.OrderByDescending(f => f.Value).Select(f => $"{f.Value,5} {f.Key}"));
        TestContext.WriteLine($"{pushModule}: {read.Count} files, {lines} lines, {read.Keys.Sum(Plugin.Value.CodeLines)} code{Environment.NewLine}{report}");

        Assert.IsLessThanOrEqualTo(budget, lines, $"{pushModule} now reaches {read.Count} files, {lines} lines (budget {budget}): {Environment.NewLine}{report}");
        Assert.IsFalse(read.Keys.Any(f => f.StartsWith("Settings/ServerVariable", StringComparison.Ordinal)),
            "a push reads the settings' values, never how they are parsed");
        Assert.IsFalse(read.ContainsKey("Clients/ConnectWiseClient.cs") || read.ContainsKey("Clients/ResourceClient.cs"), "a push reads the client interfaces, never the concrete clients");
        Assert.IsFalse(pushModule.EndsWith("PushDefinition.cs", StringComparison.Ordinal) && read.Keys.Any(Engines.Contains),
            "a push definition reads its contract, never an engine (flat record, header with lines, ledger entry, agreement addition) or the pipeline under them");
        Assert.IsFalse(pushModule.EndsWith("PushDefinition.cs", StringComparison.Ordinal) && (read.ContainsKey("Sync/ModuleContext.cs") || read.ContainsKey("Clients/IConnectWiseClient.cs")),
            "a push definition is given the narrow contracts it uses, never the whole module context or client");
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
    public void Reach_EveryDocumentLedgerAndAdditionPushDefinition_HasABudgetRow()
    {
        var rows = typeof(NewcomerReadConventionTests).GetMethod(nameof(Reach_PushModule_StaysWithinItsLineBudget))!
            .GetCustomAttributes(typeof(DataRowAttribute), inherit: false).Cast<DataRowAttribute>()
            .Select(r => (string)r.Data[0]!).ToHashSet(StringComparer.Ordinal);
        Type[] contracts = [typeof(BssConnectWiseConnector.Sync.IHeaderWithLinesDefinition<,>), typeof(BssConnectWiseConnector.Sync.ILedgerEntryDefinition<,>)];
        var definitions = contracts[0].Assembly.GetTypes()
            .Where(t => t.GetInterfaces().Any(i => (i.IsGenericType && contracts.Contains(i.GetGenericTypeDefinition())) || i == typeof(BssConnectWiseConnector.Sync.IAgreementAdditionDefinition)))
            .Select(t => t.Name + ".cs").ToArray();

        CollectionAssert.AreEquivalent(new[] { "OrdersPushDefinition.cs", "InvoicesPushDefinition.cs", "PaymentsPushDefinition.cs", "SubscriptionsPushDefinition.cs" }, definitions, "Orders, Invoices, Payments and Subscriptions declare their pushes as definitions");
        CollectionAssert.IsSubsetOf(definitions, rows.ToArray(), "a new document, ledger or agreement-addition push gets a budget row for its definition");
        CollectionAssert.IsSubsetOf(new[] { "FlatRecordPush.cs", "HeaderWithLinesPush.cs", "LedgerEntryPush.cs", "AgreementAdditionPush.cs" }, rows.ToArray(), "each engine has a budget row of its own");
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
