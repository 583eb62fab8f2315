using System.Globalization;
using System.Text.Json.Nodes;
using Bss.IntegrationFramework;
using BssConnectWiseConnector.Benchmarks.Data;
using BssConnectWiseConnector.Benchmarks.Hosting;
using BssConnectWiseConnector.Lookups;

namespace BssConnectWiseConnector.Benchmarks.Scenarios;

/// <summary>
/// Subscriptions spread over customers (companies with a default contact, linked as the Accounts module leaves them)
/// and five catalog items linked as BSS products: the first push creates one agreement per customer and one addition
/// per subscription; the re-push of the same costs nothing; then 1% of the seat counts change.
/// </summary>
internal sealed class SubscriptionsScenario : IScenario
{
    private const int Products = 5;

    public string Name => "subscriptions";

    public async Task<IReadOnlyList<Measurement>> RunAsync(BenchmarkArguments args, CancellationToken cancellationToken)
    {
        await using var h = await BenchHarness.StartAsync(BenchHarness.Unthrottled, null, cancellationToken);
        await using (var probe = await h.OpenAsync(cancellationToken))
        {
            if (probe.GetPushModule<Subscription>(BssModules.Subscriptions) is null)
            {
                return [new Measurement { Scenario = "subscriptions", Records = 0, Requests = new RequestTally(), Wall = TimeSpan.Zero, Target = "writes = agreements + additions; re-push 0", Gap = "the connector has no Subscriptions push module in this build" }];
            }
        }

        h.Lookups[LookupNames.BillingCycle] = new Dictionary<string, string> { ["Monthly"] = "1" };
        var customers = Math.Min(args.Customers, args.Subscriptions);
        var perCustomer = (args.Subscriptions + customers - 1) / customers;
        await SeedAsync(h, customers);
        var subscriptions = Enumerable.Range(1, customers)
            .SelectMany(c => Enumerable.Range(1, perCustomer).Select(k => BssData.Subscription(AccountId(c), k, $"P{(k - 1) % Products + 1}")))
            .Take(args.Subscriptions)
            .ToArray();

        var (first, fm, fr) = await Timed.RunAsync(h, () => h.PushAsync(BssModules.Subscriptions, subscriptions, args.BatchSize, cancellationToken));
        var writes = customers + subscriptions.Length;
        var firstRun = Timed.Measure($"subscriptions first push: {subscriptions.Length:N0} over {customers:N0} customers", subscriptions.Length, fm, fr, h, $"writes = agreements + additions = {writes:N0}") with
        {
            Met = fr.Writes == writes && first.Failed == 0,
            Gap = $"writes {fr.Writes:N0}, other {fr.Total - fr.Writes}; {first}",
            Note = first.FirstFailures.Count > 0 ? string.Join(" | ", first.FirstFailures) : string.Empty,
        };

        var (again, am, ar) = await Timed.RunAsync(h, () => h.PushAsync(BssModules.Subscriptions, subscriptions, args.BatchSize, cancellationToken));
        var againRun = Timed.Measure($"subscriptions re-push unchanged: {subscriptions.Length:N0}", subscriptions.Length, am, ar, h, "0 requests") with
        {
            Met = ar.Total == 0,
            Gap = ar.Total == 0 ? $"{again}" : $"{ar.Total} requests: {ar.Describe()}; {again}",
        };
        var seats = subscriptions.Select((x, i) => i % 100 == 0 ? x with { Quantity = x.Quantity + 1 } : x).ToArray();
        var changed = (subscriptions.Length + 99) / 100;
        var (moved, mm, mr) = await Timed.RunAsync(h, () => h.PushAsync(BssModules.Subscriptions, seats, args.BatchSize, cancellationToken));
        var changedRun = Timed.Measure($"subscriptions re-push 1% changed: {changed:N0} seat counts", subscriptions.Length, mm, mr, h, $"requests = changed = {changed:N0}, PATCH only") with
        {
            Met = mr.Total == changed && mr.Of("PATCH") == changed,
            Gap = $"{mr.Describe()}; {moved}",
            Note = "a linked addition is read before it is patched, to find hand edits (the drift policy)",
        };
        return [firstRun, againRun, changedRun];
    }

    private static string AccountId(int c) => "A" + c.ToString("D6", CultureInfo.InvariantCulture);

    private static async Task SeedAsync(BenchHarness h, int customers)
    {
        var store = h.Simulator.Store;
        for (var p = 1; p <= Products; p++)
        {
            var item = p <= 2 ? p : store.Add("procurement/catalog", new JsonObject
            {
                ["identifier"] = $"BENCH-{p}",
                ["description"] = $"Bench service {p}",
                ["subcategory"] = new JsonObject { ["id"] = 2 },
                ["type"] = new JsonObject { ["id"] = 1 },
                ["category"] = new JsonObject { ["id"] = 1 },
                ["unitOfMeasure"] = new JsonObject { ["id"] = 3 },
                ["productClass"] = "Service",
                ["price"] = 10.0,
                ["cost"] = 4.0,
                ["billableOption"] = "Billable",
                ["recurringFlag"] = true,
            });
            await Link(h, BssModules.Products, $"P{p}", item);
        }

        for (var c = 1; c <= customers; c++)
        {
            var account = AccountId(c);
            var company = store.Add(CompanySeed.Companies, new JsonObject { ["identifier"] = account, ["name"] = $"Customer {account}", ["status"] = new JsonObject { ["id"] = 1 } });
            var contact = store.Add("company/contacts", new JsonObject { ["firstName"] = "Pat", ["lastName"] = account, ["company"] = new JsonObject { ["id"] = company } });
            store.Update(CompanySeed.Companies, company, x => x["defaultContact"] = new JsonObject { ["id"] = contact });
            h.Records.Add([new Account { Id = account, Code = account, Name = $"Customer {account}", BillingAddress = new Address { City = "Springfield" } }]);
            await Link(h, BssModules.Accounts, account, company);
        }
    }

    private static Task Link(BenchHarness h, string module, string bssId, int remoteId) =>
        h.Links.SaveAsync(new IntegrationLink(module, bssId, remoteId.ToString(CultureInfo.InvariantCulture), null, DateTimeOffset.UnixEpoch));
}
