using System.Text.Json;
using System.Text.Json.Nodes;
using BssConnectWiseConnector.IntegrationTests.Support;

namespace BssConnectWiseConnector.IntegrationTests.Plans;

/// <summary>
/// The instance 'acme' on the simulator with two customers (ACC-0001 "Contoso Branch 1", ACC-0002 "Contoso Branch 2"),
/// one product and a subscription each, pushed once (approval mode Auto), so a plan starts from linked additions.
/// </summary>
internal sealed class PlanHarness : IAsyncDisposable
{
    public const string Additions = "finance/agreements/{parentId}/additions";

    private static readonly JsonSerializerOptions WebJson = new(JsonSerializerDefaults.Web);
    private int _imports;

    private PlanHarness(SimulatorCli cli)
    {
        Cli = cli;
    }

    public SimulatorCli Cli { get; }

    public static async Task<PlanHarness> StartAsync(CancellationToken cancellationToken)
    {
        var cli = await SimulatorCli.StartAsync(cancellationToken, accounts: 2);
        var harness = new PlanHarness(cli);
        await harness.ImportAsync(new
        {
            products = new[] { new { id = "PRD-1", code = "SEATS-1", name = "Managed seat", productType = "Service", unitType = "Per User", price = 5m, cost = 2m, active = true } },
        }, cancellationToken);
        await cli.RunOkAsync(cancellationToken, "lookups", "discover", "acme", "--apply");
        var managedService = cli.Simulator.Store.All("finance/agreements/types").Single(t => (string?)t["name"] == "Managed Service")["id"]!.ToString();
        await cli.RunOkAsync(cancellationToken, "lookups", "set", "acme", "BillingCycle", "Monthly", managedService);
        await harness.SeatsAsync(10, 10, cancellationToken);
        await cli.RunOkAsync(cancellationToken, "sync", "acme", "--module", "Accounts");

        // The agreement needs a contact: each company gets a default contact, as a ConnectWise site has.
        foreach (var company in cli.Simulator.Store.All("company/companies").Where(c => ((string?)c["name"] ?? string.Empty).StartsWith("Contoso", StringComparison.Ordinal)).ToArray())
        {
            var id = (int)company["id"]!;
            var contact = cli.Simulator.Store.Add("company/contacts", new JsonObject { ["firstName"] = "Pat", ["lastName"] = "Billing", ["company"] = new JsonObject { ["id"] = id } });
            cli.Simulator.Store.Update("company/companies", id, c => c["defaultContact"] = new JsonObject { ["id"] = contact });
        }

        await cli.RunOkAsync(cancellationToken, "sync", "acme");
        cli.Simulator.Requests.Clear();
        return harness;
    }

    /// <summary>Imports the two subscriptions with these seats (SUB-1 of ACC-0001, SUB-2 of ACC-0002, 5.00 a seat, cost 2.00).</summary>
    /// <param name="first">The seats of SUB-1.</param>
    /// <param name="second">The seats of SUB-2.</param>
    /// <param name="cancellationToken">Cancels the import.</param>
    /// <param name="secondBillCustomer">SUB-2's billCustomer, if it sets one.</param>
    public Task SeatsAsync(decimal first, decimal second, CancellationToken cancellationToken, string? secondBillCustomer = null) => ImportAsync(new
    {
        subscriptions = new[]
        {
            new { id = "SUB-1", accountId = "ACC-0001", productId = "PRD-1", name = "Seats of branch 1", quantity = first, unitPrice = 5.00m, unitCost = 2.00m, billingCycle = "Monthly", startDate = "2026-01-01", status = "Active", billCustomer = (string?)null },
            new { id = "SUB-2", accountId = "ACC-0002", productId = "PRD-1", name = "Seats of branch 2", quantity = second, unitPrice = 5.00m, unitCost = 2.00m, billingCycle = "Monthly", startDate = "2026-01-01", status = "Active", billCustomer = secondBillCustomer },
        },
    }, cancellationToken);

    /// <summary>Imports PRD-1 again with seats included in its base price (the billing rule lessIncluded).</summary>
    public Task ProductRulesAsync(decimal lessIncluded, CancellationToken cancellationToken) => ImportAsync(new
    {
        products = new[] { new { id = "PRD-1", code = "SEATS-1", name = "Managed seat", productType = "Service", unitType = "Per User", price = 5m, cost = 2m, active = true, lessIncluded } },
    }, cancellationToken);

    public JsonObject AdditionOf(string customerName) =>
        Cli.Simulator.Store.All(Additions).Single(a => ((string?)a["description"] ?? string.Empty).Contains(customerName.Replace("Contoso Branch", "Seats of branch", StringComparison.Ordinal), StringComparison.Ordinal));

    public Task<CliResult> RunAsync(CancellationToken cancellationToken, params string[] args) => Cli.RunAsync(cancellationToken, args);

    public async Task<JsonDocument> PlanJsonAsync(CancellationToken cancellationToken)
    {
        var plan = await Cli.RunOkAsync(cancellationToken, "sync", "acme", "--module", "Subscriptions", "--plan", "--json");
        return JsonDocument.Parse(plan.Output);
    }

    public ValueTask DisposeAsync() => Cli.DisposeAsync();

    private async Task ImportAsync(object records, CancellationToken cancellationToken)
    {
        var file = Cli.Folder.File($"records-{++_imports}.json", JsonSerializer.Serialize(records, WebJson));
        await Cli.RunOkAsync(cancellationToken, "bss", "import", file);
    }
}
