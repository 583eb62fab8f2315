using Bss.IntegrationFramework.Host;
using BssConnectWiseConnector.IntegrationTests.Support;
using ConnectWise.Simulator;

namespace BssConnectWiseConnector.IntegrationTests.Reliability;

/// <summary>
/// The bad-input corpus through the host: every server variable wrong in its own way, malformed and invalid
/// import files, and hostile BSS records pushed beside good ones. Each case gets its own error naming what is
/// wrong, and nothing else is affected.
/// </summary>
[TestClass]
public sealed class HostileInputCorpusTests
{
    private static readonly (string Variable, string Value, string Expected)[] BadVariables =
    [
        ("ConnectWiseUrl", "", "is required"),
        ("ConnectWiseUrl", "http://na.myconnectwise.net", "https"),
        ("ConnectWiseUrl", "http://10.0.0.5:8080", "https"),
        ("ConnectWiseUrl", "http://cw.example-msp.com/v4_6_release/apis/3.0/", "https"),
        ("ConnectWiseUrl", "ftp://na.myconnectwise.net", "scheme"),
        ("ConnectWiseUrl", "https://na.myconnectwise.net/some/page", "not a ConnectWise API path"),
        ("ConnectWiseUrl", "https://user:secret@na.myconnectwise.net", "ConnectWiseUrl"),
        ("ConnectWiseUrl", "not a url at all", "ConnectWiseUrl"),
        ("ConnectWiseUrl", "https://", "ConnectWiseUrl"),
        ("CompanyId", " ", "is required"),
        ("CompanyId", "a:b", "must not contain"),
        ("CompanyId", "acme corp", "must not contain"),
        ("CompanyId", "acme+corp", "must not contain"),
        ("PublicKey", "", "is required"),
        ("PublicKey", "pub:lic", "must not contain ':'"),
        ("PrivateKey", "", "is required"),
        ("ClientId", "", "is required"),
        ("ClientId", "not-a-guid", "not a GUID"),
        ("ClientId", "00000000-0000-0000-0000-000000000000", "not a GUID"),
        ("ImportAccountStatusId", "", "is required"),
        ("ImportAccountStatusId", "x1", "not a ConnectWise id"),
        ("ImportAccountStatusId", "-1", "not a ConnectWise id"),
        ("ImportAccountStatusId", "1.5", "not a ConnectWise id"),
        ("ImportAccountStatusId", "0", "not a ConnectWise id"),
        ("ImportAccountStatusId", "99999999999", "not a ConnectWise id"),
        ("ProductCategoryId", "abc", "not a ConnectWise id"),
        ("ProductSubCategoryId", "-3", "not a ConnectWise id"),
        ("ProductUnitOfMeasureId", "1e3", "not a ConnectWise id"),
        ("SalesRepresentativeId", "0", "not a ConnectWise id"),
        ("ProductBillableOption", "Sometimes", "not a billable option"),
        ("ProductBillableOption", "1", "not a billable option"),
        ("BankDepositMethodId", "CARD", "is the same BSS method"),
        ("SubscriptionDriftPolicy", "Sometimes", "not a drift policy"),
    ];

    private static readonly (string Name, string Content, string Expected)[] BadFiles =
    [
        ("truncated JSON", """{"accounts":[{"id":"A1","code":"C1","name":"Good"},{"id":"A2","name":"Cut""", "is not valid JSON"),
        ("empty file", "", "is not valid JSON"),
        ("not an object", """[{"id":"A1","name":"x"}]""", ""),
        ("accounts not an array", """{"accounts":{"id":"A1","name":"x"}}""", "accounts"),
        ("unknown entity array", """{"accounts":[{"id":"A1","code":"C1","name":"Good"}],"tickets":[{"id":"T1"}]}""", "tickets"),
        ("wrong type", """{"accounts":[{"id":"A1","code":"C1","name":"Good"},{"id":"A2","code":"C2","name":{"first":"x"}}]}""", "accounts[1]"),
        ("number as text", """{"accounts":[{"id":"A1","code":"C1","name":"Good"}],"subscriptions":[{"id":"S1","accountId":"A1","productId":"P1","quantity":"five"}],"products":[{"id":"P1","code":"P1","name":"P"}]}""", "subscriptions[0]"),
        ("missing id", """{"accounts":[{"id":"A1","code":"C1","name":"Good"},{"code":"C2","name":"No id"}]}""", "accounts[1]"),
        ("missing required name", """{"accounts":[{"id":"A1","code":"C1","name":"Good"},{"id":"A2","code":"C2"}]}""", "name"),
        ("duplicate id in one file", """{"accounts":[{"id":"A1","code":"C1","name":"Good"},{"id":"A1","code":"C2","name":"Again"}]}""", "A1"),
        ("bad currency", """{"accounts":[{"id":"A1","code":"C1","name":"Good"},{"id":"A2","code":"C2","name":"Money","currency":"DOLLARS"}]}""", "currency"),
        ("contact of an unknown account", """{"accounts":[{"id":"A1","code":"C1","name":"Good"}],"contacts":[{"id":"K1","accountId":"NOPE","firstName":"A","lastName":"B"}]}""", "NOPE"),
        ("payment for an unknown invoice", """{"accounts":[{"id":"A1","code":"C1","name":"Good"}],"payments":[{"id":"Y1","invoiceId":"INV-NOPE","amount":10,"date":"2026-04-01"}]}""", "INV-NOPE"),
    ];

    public TestContext TestContext { get; set; } = null!;

    private CancellationToken Token => TestContext.CancellationToken;

    [TestMethod]
    public async Task InstanceShow_EachServerVariableWrongInItsOwnWay_OneProblemNamingThatVariable()
    {
        using var folder = new TempFolder();
        var cli = new CliRunner(folder.DatabasePath);
        string[] good =
        [
            "ConnectWiseUrl=https://na.myconnectwise.net", "CompanyId=acme", "PublicKey=pub", "PrivateKey=corpus-private-key",
            "ClientId=0b3f8c1e-7d2a-4c55-9e61-2f4a8b9c7d10", "ImportAccountStatusId=1", "CreditCardMethodId=CARD",
        ];
        Assert.AreEqual(0, (await cli.RunAsync(Token, ["instance", "activate", "v", .. good.SelectMany(g => new[] { "--var", g })])).ExitCode);
        StringAssert.Contains((await cli.RunAsync(Token, "instance", "show", "v")).Output, "Settings: valid.");

        var failures = new List<string>();
        foreach (var (variable, value, expected) in BadVariables)
        {
            await cli.RunAsync(Token, "instance", "set", "v", "--var", $"{variable}={value}");
            var shown = await cli.RunAsync(Token, "instance", "show", "v");
            var problems = shown.Output.Split('\n').SkipWhile(l => !l.StartsWith("Settings:", StringComparison.Ordinal)).Skip(1).TakeWhile(l => l.StartsWith("  ", StringComparison.Ordinal)).ToList();
            if (!shown.Output.Contains("Settings: 1 problem:", StringComparison.Ordinal) || !problems[0].Contains(variable, StringComparison.Ordinal) || !problems[0].Contains(expected, StringComparison.Ordinal))
            {
                failures.Add($"{variable}='{value}': {string.Join(" | ", problems)}");
            }

            if (shown.Output.Contains("corpus-private-key", StringComparison.Ordinal) || (variable == "ClientId" && value.Length > 0 && problems.Any(p => p.Contains(value, StringComparison.Ordinal))))
            {
                failures.Add($"{variable}: a secret was echoed");
            }

            var original = good.FirstOrDefault(g => g.StartsWith(variable + "=", StringComparison.Ordinal)) ?? variable + "=";
            await cli.RunAsync(Token, "instance", "set", "v", "--var", original);
        }

        TestContext.WriteLine($"{BadVariables.Length} bad server variable values, {BadVariables.Length - failures.Count} with one specific error naming the variable");
        Assert.IsEmpty(failures, string.Join(Environment.NewLine, failures));
    }

    [TestMethod]
    public async Task BssImport_MalformedOrInvalidFiles_SpecificErrorAndNothingLoaded()
    {
        using var folder = new TempFolder();
        var cli = new CliRunner(folder.DatabasePath);
        var failures = new List<string>();
        foreach (var (name, content, expected) in BadFiles)
        {
            var file = folder.File("bad.json", content);
            var result = await cli.RunAsync(Token, "bss", "import", file);
            TestContext.WriteLine($"{name}: exit {result.ExitCode}: {result.Error.Trim()}");
            if (result.ExitCode == 0 || !(result.Output + result.Error).Contains(expected, StringComparison.Ordinal))
            {
                failures.Add($"{name}: {result}");
            }

            using var services = await HostServices.OpenAsync(new HostSettings { DatabasePath = folder.DatabasePath }, Token);
            var counts = await services.Records.CountAsync(Token);
            if (counts.Values.Sum() != 0)
            {
                failures.Add($"{name}: half-imported {string.Join(", ", counts)}");
            }
        }

        TestContext.WriteLine($"{BadFiles.Length} bad files, {BadFiles.Length - failures.Count} refused whole with a specific error");
        Assert.IsEmpty(failures, string.Join(Environment.NewLine, failures));
    }

    [TestMethod]
    [Timeout(120_000, CooperativeCancellation = true)]
    public async Task Sync_HostileRecordsBesideGoodOnes_EachFailsAloneOrRoundTripsAndGoodOnesAreCreated()
    {
        await using var harness = await SimulatorCli.StartAsync(Token, new SimulatorOptions(), accounts: 0);
        string[] oddNames =
        [
            "O'Brien \"Quoted\" Ltd", @"Back\slash\\Co", "A&B + C% *Star* [Bracket]", "Café 🚀 Rockets", "شركة الاختبار", "חברת בדיקה בע\"מ",
        ];
        string[] oddCodes = ["Q'UOTE\"1", @"BACK\SL", "AMP&+%*[]", "EMOJI🚀", "RTL-AR", "RTL-HE"];
        var accounts = new List<object>();
        for (var i = 0; i < oddNames.Length; i++)
        {
            accounts.Add(new { id = $"ODD-{i}", code = oddCodes[i], name = oddNames[i], type = "Customer", billingAddress = new { city = "Leeds" } });
        }

        accounts.Add(new { id = "GOOD-1", code = "GOOD1", name = "Good One", type = "Customer", billingAddress = new { city = "Leeds" } });
        accounts.Add(new { id = "GOOD-2", code = "GOOD2", name = "Good Two", type = "Customer", billingAddress = new { city = "Leeds" } });
        accounts.Add(new { id = "LONG", code = "LONGNAME", name = new string('N', 200), type = "Customer", billingAddress = new { city = "Leeds" } });
        accounts.Add(new { id = "LONGCODE", code = new string('C', 200), name = "Long code", type = "Customer", billingAddress = new { city = "Leeds" } });
        accounts.Add(new { id = "LONGZIP", code = "LONGZIP", name = "Long postal code", type = "Customer", billingAddress = new { line1 = "1 Road", city = "Leeds", postalCode = "LS1 4AB 1234567890", country = "GB" } });
        accounts.Add(new { id = "MARTIAN", code = "MARTIAN", name = "Unknown type", type = "Martian", billingAddress = new { city = "Leeds" } });
        accounts.Add(new { id = "DUP-A", code = "SAMECODE", name = "Duplicate A", type = "Customer", billingAddress = new { city = "Leeds" } });
        accounts.Add(new { id = "DUP-B", code = "SAMECODE", name = "Duplicate B", type = "Customer", billingAddress = new { city = "Leeds" } });
        accounts.Add(new { id = "CYC-1", code = "CYCLE1", name = "Cycle one", type = "Customer", parentAccountId = "CYC-2", billingAddress = new { city = "Leeds" } });
        accounts.Add(new { id = "CYC-2", code = "CYCLE2", name = "Cycle two", type = "Customer", parentAccountId = "CYC-1", billingAddress = new { city = "Leeds" } });
        var file = harness.Folder.File("hostile.json", System.Text.Json.JsonSerializer.Serialize(new { accounts }));
        var imported = await harness.RunAsync(Token, "bss", "import", file);
        TestContext.WriteLine(imported.ToString());
        Assert.AreEqual(0, imported.ExitCode, imported.ToString());

        var first = await harness.RunAsync(Token, "sync", "acme", "--module", "Accounts", "--json");
        TestContext.WriteLine(first.ToString());
        var report = await harness.RunAsync(Token, "report", "acme", "--json");
        TestContext.WriteLine(report.Output);

        using (var json = System.Text.Json.JsonDocument.Parse(first.Output))
        {
            var results = json.RootElement.GetProperty("results").EnumerateArray()
                .ToDictionary(r => r.GetProperty("bssId").GetString()!, r => (Outcome: r.GetProperty("outcome").GetString(), Kind: r.GetProperty("failureKind").ToString(), Reason: r.GetProperty("reason").ToString()));
            (string Id, string Kind, string Fragment)[] expectedFailures =
            [
                ("LONG", "Data", "name"), ("LONGCODE", "Data", "code"), ("LONGZIP", "Data", "postalCode"),
                ("MARTIAN", "Configuration", "'Martian'"), ("DUP-B", "Data", "DUP-A"),
                ("CYC-1", "Data", "cycle"), ("CYC-2", "Data", "cycle"),
            ];
            foreach (var (id, kind, fragment) in expectedFailures)
            {
                Assert.AreEqual("Failed", results[id].Outcome, id);
                Assert.AreEqual(kind, results[id].Kind, $"{id}: {results[id].Reason}");
                Assert.Contains(fragment, results[id].Reason, id);
            }

            foreach (var id in results.Keys.Where(k => k.StartsWith("ODD-", StringComparison.Ordinal) || k.StartsWith("GOOD-", StringComparison.Ordinal) || k == "DUP-A"))
            {
                Assert.AreEqual("Created", results[id].Outcome, $"{id}: {results[id].Reason}");
            }

            TestContext.WriteLine($"{results.Count} accounts: {expectedFailures.Length} failed alone as expected, {results.Count(r => r.Value.Outcome == "Created")} created");
        }

        var companies = harness.Simulator.Store.All("company/companies");
        foreach (var (name, code) in oddNames.Zip(oddCodes))
        {
            Assert.AreEqual(1, companies.Count(c => (string?)c["identifier"] == code), $"{code} created once");
            Assert.AreEqual(name, (string?)companies.Single(c => (string?)c["identifier"] == code)["name"], "the name arrives exactly");
        }

        Assert.AreEqual(1, companies.Count(c => (string?)c["identifier"] == "GOOD1"));
        Assert.AreEqual(1, companies.Count(c => (string?)c["identifier"] == "GOOD2"));
        Assert.AreEqual(0, companies.Count(c => (string?)c["identifier"] == "MARTIAN"), "an unmapped account type is not guessed");
        Assert.IsLessThanOrEqualTo(1, companies.Count(c => (string?)c["identifier"] == "SAMECODE"), "one company for one identifier");

        var again = await harness.RunAsync(Token, "sync", "acme", "--module", "Accounts");
        TestContext.WriteLine(again.ToString());
        StringAssert.Contains(again.Output, "Totals: 0 created", "special characters are found again by their identifier, never created twice");
        Assert.AreEqual(companies.Count, harness.Simulator.Store.All("company/companies").Count);
    }
}
