using System.Text.Json;
using System.Text.Json.Nodes;
using BssConnectWiseConnector.IntegrationTests.Support;

namespace BssConnectWiseConnector.IntegrationTests.Cli;

/// <summary>
/// <c>link</c> against the simulator: a BSS account linked by hand to a company the administrator chose is adopted by
/// the next push without a natural-key lookup, and its agreement gets the chosen contact and price per seat; every
/// refusal names what is wrong and writes nothing.
/// </summary>
[TestClass]
public sealed class LinkCommandTests
{
    private const string Companies = "company/companies";
    private const string Contacts = "company/contacts";

    private static readonly JsonSerializerOptions WebJson = new(JsonSerializerDefaults.Web);

    public TestContext TestContext { get; set; } = null!;

    private CancellationToken Token => TestContext.CancellationToken;

    [TestMethod]
    [Timeout(120_000, CooperativeCancellation = true)]
    public async Task Link_ThenSync_AdoptsTheCompanyWithoutLookupAndCreatesTheAgreementWithTheContactAndPrice()
    {
        await using var harness = await StartAsync(Token);
        var chosen = harness.Simulator.Store.Add(Contacts, Contact("Chris", "Chosen", harness.Company));

        var link = await harness.RunAsync(Token, "link", "acme", "--account", "ACC-0001", "--company", "CONTOSO-HQ", "--contact", chosen.ToString(System.Globalization.CultureInfo.InvariantCulture), "--price-per-seat", "12.50");
        var linkRequests = harness.Simulator.Requests.Snapshot();
        harness.Simulator.Requests.Clear();
        var companiesBefore = harness.Simulator.Store.Count(Companies);
        var sync = await harness.RunAsync(Token, "sync", "acme", "--module", "Accounts", "--module", "Subscriptions");

        Assert.AreEqual(0, link.ExitCode, link.ToString());
        StringAssert.Contains(link.Output, $"linked to ConnectWise company #{harness.Company} CONTOSO-HQ (Contoso Holdings)");
        StringAssert.Contains(link.Output, $"the agreement contact is #{chosen} Chris Chosen");
        StringAssert.Contains(link.Output, "the price per seat is 12.50");
        StringAssert.Contains(link.Output, "identifier 'CONTOSO-HQ' → 'CUST0001'");
        Assert.AreEqual(0, linkRequests.Count(r => r.IsWrite), "linking writes nothing to ConnectWise");
        Assert.AreEqual(2, linkRequests.Count(r => r.Path.Contains("/company/", StringComparison.Ordinal)), "the company by identifier, the contact by id: " + string.Join(", ", linkRequests.Select(r => r.Path + "?" + r.Query)));
        Assert.AreEqual(0, sync.ExitCode, sync.ToString());
        var requests = harness.Simulator.Requests.Snapshot();
        Assert.AreEqual(0, requests.Count(r => r.Method == "GET" && r.Path.EndsWith(Companies, StringComparison.Ordinal) && Uri.UnescapeDataString(r.Query).Contains("CUST0001", StringComparison.Ordinal)), "no natural-key lookup of the linked account's company (ACC-0002, not linked, is looked up)");
        Assert.AreEqual(1, requests.Count(r => r.Method == "GET" && r.Path.EndsWith(Companies, StringComparison.Ordinal) && Uri.UnescapeDataString(r.Query).Contains("identifier", StringComparison.Ordinal)), "the one lookup is ACC-0002's");
        Assert.AreEqual(companiesBefore + 1, harness.Simulator.Store.Count(Companies), "only ACC-0002's company was created");
        Assert.AreEqual(1, harness.Simulator.Store.All(Companies).Count(c => (string?)c["identifier"] == "CUST0001"), "ACC-0001 has no second company");
        Assert.AreEqual("CUST0001", (string?)harness.Simulator.Store.Get(Companies, harness.Company)!["identifier"], "the adopted company took the BSS account's identity");
        var agreement = harness.Simulator.Store.All("finance/agreements").Single(a => (int?)a["company"]?["id"] == harness.Company);
        Assert.AreEqual(chosen, (int?)agreement["contact"]?["id"], "the agreement has the chosen contact, not the company's default one");
        var addition = harness.Simulator.Store.All("finance/agreements/{parentId}/additions").Single();
        Assert.AreEqual(12.50m, (decimal?)addition["unitPrice"], "the addition has the price per seat of the link, not the subscription's 5.00");
        Assert.AreEqual(10m, (decimal?)addition["quantity"]);

        harness.Simulator.Requests.Clear();
        var again = await harness.RunAsync(Token, "sync", "acme", "--module", "Accounts", "--module", "Subscriptions");
        Assert.AreEqual(0, again.ExitCode, again.ToString());
        Assert.AreEqual(0, harness.Simulator.Requests.WriteCount, "a second push has nothing to write");
    }

    [TestMethod]
    [Timeout(120_000, CooperativeCancellation = true)]
    public async Task Link_CompanyOfAnotherAccount_IsAConflictNamingBothAccounts()
    {
        await using var harness = await StartAsync(Token);
        await harness.RunOkAsync(Token, "link", "acme", "--account", "ACC-0001", "--company", harness.CompanyText);

        var second = await harness.RunAsync(Token, "link", "acme", "--account", "ACC-0002", "--company", "contoso-hq");

        Assert.AreEqual(1, second.ExitCode, second.ToString());
        StringAssert.StartsWith(second.Error, "error: Conflict: ");
        StringAssert.Contains(second.Error, "'ACC-0001' (Contoso Branch 1)");
        StringAssert.Contains(second.Error, "'ACC-0002' (Contoso Branch 2)");
        var links = await harness.RunOkAsync(Token, "instance", "show", "acme", "--json");
        StringAssert.DoesNotMatch(links.Output, new System.Text.RegularExpressions.Regex("ACC-0002"), "the refused account is not linked");
    }

    [TestMethod]
    [Timeout(120_000, CooperativeCancellation = true)]
    public async Task Link_ContactOfAnotherCompany_IsRefusedNamingItsCompany()
    {
        await using var harness = await StartAsync(Token);
        var elsewhere = harness.Simulator.Store.Add(Companies, new JsonObject { ["identifier"] = "FABRIKAM", ["name"] = "Fabrikam" });
        var stranger = harness.Simulator.Store.Add(Contacts, Contact("Sam", "Stranger", elsewhere));

        var refused = await harness.RunAsync(Token, "link", "acme", "--account", "ACC-0001", "--company", harness.CompanyText, "--contact", stranger.ToString(System.Globalization.CultureInfo.InvariantCulture));

        Assert.AreEqual(1, refused.ExitCode, refused.ToString());
        StringAssert.Contains(refused.Error, $"error: Data: ConnectWise contact #{stranger} (Sam Stranger) belongs to company #{elsewhere} (Fabrikam), not to company #{harness.Company} CONTOSO-HQ (Contoso Holdings)");
        var show = await harness.RunOkAsync(Token, "instance", "show", "acme", "--json");
        Assert.IsFalse(show.Output.Contains("\"Accounts\"", StringComparison.Ordinal) && show.Output.Contains(harness.CompanyText + "\"", StringComparison.Ordinal), "nothing was linked: " + show.Output);
    }

    [TestMethod]
    [DataRow("ACC-9999", "CONTOSO-HQ", null, "error: Data: The BSS has no account 'ACC-9999'")]
    [DataRow("ACC-0001", "NOSUCH", null, "error: Data: ConnectWise has no company with the id or identifier 'NOSUCH'")]
    [DataRow("ACC-0001", "CONTOSO-HQ", "987654", "error: Data: ConnectWise has no contact #987654")]
    [Timeout(120_000, CooperativeCancellation = true)]
    public async Task Link_UnknownRecord_IsAClearError(string account, string company, string? contact, string expected)
    {
        await using var harness = await StartAsync(Token);
        string[] args = contact is null
            ? ["link", "acme", "--account", account, "--company", company]
            : ["link", "acme", "--account", account, "--company", company, "--contact", contact];

        var refused = await harness.RunAsync(Token, args);

        Assert.AreEqual(1, refused.ExitCode, refused.ToString());
        StringAssert.StartsWith(refused.Error, expected);
        Assert.AreEqual(0, harness.Simulator.Requests.WriteCount);
    }

    [TestMethod]
    [Timeout(120_000, CooperativeCancellation = true)]
    public async Task Link_PriceWithAComma_IsRefusedBeforeAnyRequest()
    {
        await using var harness = await StartAsync(Token);
        harness.Simulator.Requests.Clear();

        var refused = await harness.RunAsync(Token, "link", "acme", "--account", "ACC-0001", "--company", "CONTOSO-HQ", "--price-per-seat", "12,50");

        Assert.AreEqual(1, refused.ExitCode, refused.ToString());
        StringAssert.Contains(refused.Error, "--price-per-seat: '12,50' is not a price");
        Assert.AreEqual(0, harness.Simulator.Requests.Count);
    }

    private static JsonObject Contact(string first, string last, int company) => new()
    {
        ["firstName"] = first,
        ["lastName"] = last,
        ["company"] = new JsonObject { ["id"] = company },
    };

    private static async Task<LinkHarness> StartAsync(CancellationToken cancellationToken)
    {
        var cli = await SimulatorCli.StartAsync(cancellationToken, accounts: 2);
        var company = cli.Simulator.Store.Add(Companies, new JsonObject
        {
            ["identifier"] = "CONTOSO-HQ",
            ["name"] = "Contoso Holdings",
            ["status"] = new JsonObject { ["id"] = 1 },
            ["addressLine1"] = "1 Contoso Way",
            ["city"] = "Springfield",
        });
        var fallback = cli.Simulator.Store.Add(Contacts, Contact("Pat", "Default", company));
        cli.Simulator.Store.Update(Companies, company, c => c["defaultContact"] = new JsonObject { ["id"] = fallback });
        var records = new
        {
            products = new[] { new { id = "PRD-1", code = "SEATS-1", name = "Managed seat", productType = "Service", unitType = "Per User", price = 5m, cost = 2m, active = true } },
            subscriptions = new[] { new { id = "SUB-1", accountId = "ACC-0001", productId = "PRD-1", name = "Seats of branch 1", quantity = 10m, unitPrice = 5.00m, unitCost = 2.00m, billingCycle = "Monthly", startDate = "2026-01-01", status = "Active" } },
        };
        await cli.RunOkAsync(cancellationToken, "bss", "import", cli.Folder.File("records.json", JsonSerializer.Serialize(records, WebJson)));
        await cli.RunOkAsync(cancellationToken, "lookups", "discover", "acme", "--apply");
        var managedService = cli.Simulator.Store.All("finance/agreements/types").Single(t => (string?)t["name"] == "Managed Service")["id"]!.ToString();
        await cli.RunOkAsync(cancellationToken, "lookups", "set", "acme", "BillingCycle", "Monthly", managedService);
        await cli.RunOkAsync(cancellationToken, "sync", "acme", "--module", "Products");
        cli.Simulator.Requests.Clear();
        return new LinkHarness(cli, company);
    }

    private sealed class LinkHarness(SimulatorCli cli, int company) : IAsyncDisposable
    {
        public ConnectWise.Simulator.ConnectWiseSimulator Simulator => cli.Simulator;

        public int Company => company;

        public string CompanyText => company.ToString(System.Globalization.CultureInfo.InvariantCulture);

        public Task<CliResult> RunAsync(CancellationToken cancellationToken, params string[] args) => cli.RunAsync(cancellationToken, args);

        public Task<CliResult> RunOkAsync(CancellationToken cancellationToken, params string[] args) => cli.RunOkAsync(cancellationToken, args);

        public ValueTask DisposeAsync() => cli.DisposeAsync();
    }
}
