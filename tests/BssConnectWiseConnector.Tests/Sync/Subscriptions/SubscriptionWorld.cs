using System.Globalization;
using System.Text.Json.Nodes;
using Bss.IntegrationFramework;
using ConnectWise.Simulator;
using BssConnectWiseConnector.Lookups;
using BssConnectWiseConnector.Tests.TestSupport;

namespace BssConnectWiseConnector.Tests.Sync.Subscriptions;

/// <summary>
/// The simulator with customers (companies with a default contact, linked to BSS accounts) and the seeded catalog
/// items "Archon Users" (#1) and "MS-DEVICE" (#2) linked to BSS products P1 and P2; links are saved here, so these
/// tests do not depend on the Accounts or Products modules.
/// </summary>
internal sealed class SubscriptionWorld : IAsyncDisposable
{
    public const string Additions = "finance/agreements/{parentId}/additions";
    public const string Agreements = "finance/agreements";

    private SubscriptionWorld(SimulatorHarness harness)
    {
        H = harness;
    }

    public SimulatorHarness H { get; }

    public Dictionary<string, int> Companies { get; } = new(StringComparer.Ordinal);

    public static Task<SubscriptionWorld> StartAsync(params string[] accounts) => StartAsync(null, accounts);

    public static async Task<SubscriptionWorld> StartAsync(SimulatorOptions? options, params string[] accounts)
    {
        var world = new SubscriptionWorld(await SimulatorHarness.StartAsync(options));
        world.H.Lookups[LookupNames.BillingCycle] = new Dictionary<string, string> { ["Monthly"] = "1", ["Yearly"] = "3" };
        foreach (var account in accounts.Length == 0 ? ["A1"] : accounts)
        {
            await world.AddCustomerAsync(account);
        }

        await world.LinkAsync(BssModules.Products, "P1", 1);
        await world.LinkAsync(BssModules.Products, "P2", 2);
        return world;
    }

    public static Subscription Sub(string id, string account = "A1", string product = "P1", decimal seats = 10, decimal price = 5m, decimal cost = 2.5m) => new()
    {
        Id = id,
        AccountId = account,
        ProductId = product,
        Name = "Archon Users for " + account,
        Quantity = seats,
        UnitPrice = price,
        UnitCost = cost,
        BillingCycle = "Monthly",
        StartDate = new DateOnly(2026, 1, 1),
    };

    public async Task AddCustomerAsync(string account)
    {
        var company = H.Simulator.Store.Add("company/companies", new JsonObject { ["identifier"] = account, ["name"] = "Customer " + account, ["status"] = new JsonObject { ["id"] = 1 } });
        var contact = H.Simulator.Store.Add("company/contacts", new JsonObject { ["firstName"] = "Pat", ["lastName"] = account, ["company"] = new JsonObject { ["id"] = company } });
        H.Simulator.Store.Update("company/companies", company, c => c["defaultContact"] = new JsonObject { ["id"] = contact });
        Companies[account] = company;
        H.Records.Add(new Account { Id = account, Code = account, Name = "Customer " + account, BillingAddress = new Address { City = "Springfield" } });
        await LinkAsync(BssModules.Accounts, account, company);
    }

    public Task LinkAsync(string module, string bssId, int remoteId) =>
        H.Links.SaveAsync(new IntegrationLink(module, bssId, remoteId.ToString(CultureInfo.InvariantCulture), null, DateTimeOffset.UnixEpoch));

    public int AddAgreement(string account, int typeId = 1, string? name = null) =>
        H.Simulator.Store.Add(Agreements, new JsonObject
        {
            ["name"] = name ?? $"Hand-made {account}",
            ["type"] = new JsonObject { ["id"] = typeId },
            ["company"] = new JsonObject { ["id"] = Companies[account] },
            ["contact"] = new JsonObject { ["id"] = 1 },
            ["cancelledFlag"] = false,
        });

    public int AddAddition(int agreementId, int product = 1, decimal seats = 7, string? description = null, bool tagFields = false) =>
        H.Simulator.Store.Add(Additions, new JsonObject
        {
            ["agreementId"] = agreementId,
            ["product"] = new JsonObject { ["id"] = product },
            ["quantity"] = seats,
            ["unitPrice"] = 5.0m,
            ["unitCost"] = 2.5m,
            ["billCustomer"] = "Billable",
            ["description"] = description,
            ["customFields"] = tagFields
                ? new JsonArray(
                    new JsonObject { ["id"] = 11, ["caption"] = "Subscription ID", ["type"] = "Text", ["entryMethod"] = "EntryField", ["numberOfDecimals"] = 0 },
                    new JsonObject { ["id"] = 12, ["caption"] = "Subscription Name", ["type"] = "Text", ["entryMethod"] = "EntryField", ["numberOfDecimals"] = 0 },
                    new JsonObject { ["id"] = 13, ["caption"] = "Region", ["type"] = "Text", ["entryMethod"] = "EntryField", ["numberOfDecimals"] = 0, ["value"] = "North" })
                : null,
        });

    public IReadOnlyList<JsonObject> AdditionsOf(int agreementId) =>
        H.Simulator.Store.All(Additions).Where(a => (int?)a["agreementId"] == agreementId).ToArray();

    public JsonObject Addition(string? remoteId) => H.Simulator.Store.Get(Additions, int.Parse(remoteId!, CultureInfo.InvariantCulture))!;

    /// <summary>Gets or sets the link store sessions use instead of the harness's, such as one that keeps no snapshot.</summary>
    public IIntegrationLinkStore? LinksOverride { get; set; }

    public Task<IReadOnlyList<PushResult>> PushAsync(params Subscription[] subscriptions) =>
        PushAsync(SyncOperation.Update, PushOptions.Default, subscriptions);

    public async Task<IReadOnlyList<PushResult>> PushAsync(SyncOperation operation, PushOptions options, params Subscription[] subscriptions)
    {
        await using var session = LinksOverride is null ? await H.OpenAsync() : await H.Connector.OpenSessionAsync(new ConnectorContext
        {
            InstanceName = "test",
            ServerVariables = H.Variables,
            Lookups = H.Lookups,
            Links = LinksOverride,
            State = H.State,
            Records = H.Records,
            TimeProvider = H.Simulator.Options.TimeProvider,
        });
        return await session.GetPushModule<Subscription>(BssModules.Subscriptions)!.PushAsync(subscriptions.Select(s => new PushItem<Subscription>(s, operation)).ToArray(), options);
    }

    /// <summary>
    /// Pulls the Subscriptions module and stores each batch as the host does: a changed record into the records, the
    /// agreed state onto the link; returns the batches (the last checkpoint is the next pull's cursor).
    /// </summary>
    public async Task<IReadOnlyList<PullBatch<Subscription>>> PullAsync(string? cursor, IReadOnlyList<string>? remoteIds = null)
    {
        await using var session = await H.OpenAsync();
        var batches = new List<PullBatch<Subscription>>();
        await foreach (var batch in session.GetPullModule<Subscription>(BssModules.Subscriptions)!.PullAsync(new PullRequest(cursor) { RemoteIds = remoteIds }))
        {
            foreach (var pulled in batch.Records.Where(p => !p.Deleted))
            {
                if (!pulled.Unchanged)
                {
                    H.Records.Add(pulled.Record);
                }

                if (pulled.Agreed is { } agreed)
                {
                    await H.Links.SaveAsync(new IntegrationLink(BssModules.Subscriptions, pulled.Record.Id, pulled.RemoteId, agreed.PayloadHash, DateTimeOffset.UnixEpoch, agreed.Snapshot));
                }
            }

            batches.Add(batch);
        }

        return batches;
    }

    public ValueTask DisposeAsync() => H.DisposeAsync();
}
