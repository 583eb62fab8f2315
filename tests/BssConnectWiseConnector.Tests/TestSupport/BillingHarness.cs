using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json.Nodes;
using Bss.IntegrationFramework;
using BssConnectWiseConnector.Http;
using BssConnectWiseConnector.Lookups;
using BssConnectWiseConnector.Settings;
using ConnectWise.Simulator;
using Moq;

namespace BssConnectWiseConnector.Tests.TestSupport;

/// <summary>
/// The in-process simulator with a connector pointed at it over real HTTP, for the orders, invoices and payments
/// tests: a sales representative, payment methods and stage lookups are configured, and companies and catalog items
/// can be placed in ConnectWise with their links, as the Accounts and Products modules would leave them.
/// </summary>
internal sealed class BillingHarness : IAsyncDisposable
{
    public const string Companies = "company/companies";
    public const string SalesOrders = "sales/orders";
    public const string Products = "procurement/products";
    public const string Invoices = "finance/invoices";
    public const string Payments = "finance/invoices/{parentId}/payments";

    private readonly ConcurrentDictionary<(Type, string), BssRecord> _records = new();
    private readonly ConnectWiseConnector _connector = new(null, ResilienceOptions.Default);

    private BillingHarness(ConnectWiseSimulator simulator)
    {
        Simulator = simulator;
        var o = simulator.Options;
        Variables[ServerVariableNames.ConnectWiseUrl] = simulator.SiteUrl.ToString();
        Variables[ServerVariableNames.CompanyId] = o.CompanyId;
        Variables[ServerVariableNames.PublicKey] = o.PublicKey;
        Variables[ServerVariableNames.PrivateKey] = o.PrivateKey;
        Variables[ServerVariableNames.ClientId] = o.ClientId;
        Variables[ServerVariableNames.ImportAccountStatusId] = "1";
        Variables[ServerVariableNames.SalesRepresentativeId] = "2";
        Variables[ServerVariableNames.CreditCardMethodId] = "card";
        Variables[ServerVariableNames.BankDepositMethodId] = "bank";
        Lookups[LookupNames.OrderStage] = new Dictionary<string, string> { ["Open"] = "1", ["Confirmed"] = "2" };
        Lookups[LookupNames.InvoiceStage] = new Dictionary<string, string> { ["Draft"] = "1", ["Sent"] = "2", ["Paid"] = "3" };
        Lookups[LookupNames.Currency] = new Dictionary<string, string> { ["USD"] = "1", ["EUR"] = "2" };
        Lookups[LookupNames.AccountType] = new Dictionary<string, string> { ["Customer"] = "1" };
    }

    public ConnectWiseSimulator Simulator { get; }

    public InMemoryLinkStore Links { get; } = new();

    public Dictionary<string, IReadOnlyDictionary<string, string>> Lookups { get; } = new();

    public Dictionary<string, string?> Variables { get; } = new();

    public static Task<BillingHarness> StartAsync(CancellationToken cancellationToken) =>
        StartAsync(new SimulatorOptions(), cancellationToken);

    public static async Task<BillingHarness> StartAsync(SimulatorOptions options, CancellationToken cancellationToken) =>
        new(await ConnectWiseSimulator.StartAsync(options, cancellationToken));

    public void AddRecords(params BssRecord[] records)
    {
        foreach (var record in records)
        {
            _records[(record.GetType(), record.Id)] = record;
        }
    }

    /// <summary>A company in ConnectWise linked to a BSS account, as the Accounts module leaves it.</summary>
    public async Task<int> LinkedCompanyAsync(string accountId, string identifier)
    {
        var id = Simulator.Store.Add(Companies, new JsonObject { ["identifier"] = identifier, ["name"] = identifier + " Ltd", ["status"] = new JsonObject { ["id"] = 1 } });
        await LinkAsync(BssModules.Accounts, accountId, id);
        return id;
    }

    /// <summary>A catalog item in ConnectWise linked to a BSS product, as the Products module leaves it.</summary>
    public async Task<int> LinkedCatalogItemAsync(string productId, string identifier)
    {
        var id = Simulator.Store.Add("procurement/catalog", new JsonObject
        {
            ["identifier"] = identifier,
            ["description"] = identifier,
            ["customerDescription"] = identifier,
            ["subcategory"] = new JsonObject { ["id"] = 1 },
            ["type"] = new JsonObject { ["id"] = 1 },
        });
        await LinkAsync(BssModules.Products, productId, id);
        AddRecords(new Product { Id = productId, Code = identifier, Name = identifier });
        return id;
    }

    public Task LinkAsync(string module, string bssId, int remoteId) =>
        Links.SaveAsync(new IntegrationLink(module, bssId, remoteId.ToString(CultureInfo.InvariantCulture), "seeded", DateTimeOffset.UnixEpoch));

    public int LinkedId(string module, string bssId) =>
        int.Parse(Links.All.Single(l => l.Module == module && l.BssId == bssId).RemoteId, CultureInfo.InvariantCulture);

    public IReadOnlyList<JsonObject> LinesOf(string parentField, int documentId) =>
        Simulator.Store.All(Products).Where(p => p[parentField]?["id"]?.GetValue<int>() == documentId).ToArray();

    public IReadOnlyList<JsonObject> PaymentsOf(int invoiceId) =>
        Simulator.Store.All(Payments).Where(p => p["invoice"]?["id"]?.GetValue<int>() == invoiceId).ToArray();

    public Task<IReadOnlyList<PushResult>> PushAsync<TRecord>(string module, params TRecord[] records)
        where TRecord : BssRecord =>
        PushItemsAsync(module, PushOptions.Default, records.Select(r => new PushItem<TRecord>(r, SyncOperation.Update)).ToArray());

    public async Task<IReadOnlyList<PushResult>> PushItemsAsync<TRecord>(string module, PushOptions options, params PushItem<TRecord>[] items)
        where TRecord : BssRecord
    {
        var records = new Mock<IBssRecordSource>();
        records.Setup(r => r.FindAsync<Account>(It.IsAny<string>(), It.IsAny<CancellationToken>())).ReturnsAsync((string id, CancellationToken _) => Find<Account>(id));
        records.Setup(r => r.FindAsync<Product>(It.IsAny<string>(), It.IsAny<CancellationToken>())).ReturnsAsync((string id, CancellationToken _) => Find<Product>(id));
        records.Setup(r => r.FindAsync<Invoice>(It.IsAny<string>(), It.IsAny<CancellationToken>())).ReturnsAsync((string id, CancellationToken _) => Find<Invoice>(id));
        await using var session = await _connector.OpenSessionAsync(new ConnectorContext
        {
            InstanceName = "billing",
            ServerVariables = Variables,
            Lookups = Lookups,
            Links = Links,
            State = Mock.Of<ISyncStateStore>(),
            Records = records.Object,
            TimeProvider = Simulator.Options.TimeProvider,
        });
        var module0 = session.GetPushModule<TRecord>(module) ?? throw new InvalidOperationException("No push module " + module);
        return await module0.PushAsync(items, options);
    }

    /// <summary>The API requests the simulator answered (the codebase lookup left out), as "METHOD path".</summary>
    public IReadOnlyList<string> ApiRequests() =>
        Simulator.Requests.Snapshot().Where(r => r.Path.Contains("/apis/3.0/", StringComparison.Ordinal))
            .Select(r => r.Method + " " + r.Path[(r.Path.IndexOf("/apis/3.0/", StringComparison.Ordinal) + 10)..]).ToArray();

    public ValueTask DisposeAsync()
    {
        _connector.Dispose();
        return Simulator.DisposeAsync();
    }

    private TRecord? Find<TRecord>(string id)
        where TRecord : BssRecord =>
        _records.TryGetValue((typeof(TRecord), id), out var record) ? (TRecord)record : null;
}
