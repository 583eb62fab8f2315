using System.Text;
using Bss.IntegrationFramework;
using BssConnectWiseConnector.Http;
using BssConnectWiseConnector.Lookups;
using BssConnectWiseConnector.Settings;
using BssConnectWiseConnector.Tests.TestSupport;
using ConnectWise.Simulator;
using BssContact = Bss.IntegrationFramework.Contact;

namespace BssConnectWiseConnector.Tests.Security;

/// <summary>
/// Runs the connector's scenarios (pushes, pulls, check, discovery, faults, wrong keys, a wrong clientId) with a
/// logger that keeps everything at every level, and searches every log line, exception, result and finding for the
/// private key, the clientId and the Authorization value.
/// </summary>
[TestClass]
public sealed class SecretLeakTests
{
    private const string PrivateKey = "Zx9-very-secret-private-key";
    private const string ClientId = "3d1f1c2a-8f0e-4b6a-9c55-2e7f4a1b9c07";

    [TestMethod]
    public async Task EveryScenario_LogsExceptionsResultsAndFindings_NeverContainASecret()
    {
        var captured = new List<string>();
        var logs = new CapturingLoggerFactory();
        var options = new SimulatorOptions { PrivateKey = PrivateKey, ClientId = ClientId };
        await using var simulator = await ConnectWiseSimulator.StartAsync(options);
        using var connector = new ConnectWiseConnector(null, new ResilienceOptions { RequestsPerMinute = 1_000_000, BaseDelay = TimeSpan.FromMilliseconds(1), MaxDelay = TimeSpan.FromMilliseconds(20), MaxRetryAttempts = 2 });
        var links = new InMemoryLinkStore();
        var records = new InMemoryRecordSource();
        records.Add(new Account { Id = "A1", Code = "LEAK", Name = "Leak Test", BillingAddress = new Address { City = "Springfield" } });

        async Task RunAsync(Dictionary<string, string?> variables, Action<SimulatorFaults>? faults = null)
        {
            simulator.Options.Faults.Reset();
            faults?.Invoke(simulator.Options.Faults);
            var context = new ConnectorContext
            {
                InstanceName = "leak",
                ServerVariables = variables,
                Lookups = new Dictionary<string, IReadOnlyDictionary<string, string>> { [LookupNames.AccountType] = new Dictionary<string, string> { ["Customer"] = "1" } },
                Links = links,
                State = new InMemoryStateStore(),
                Records = records,
                LoggerFactory = logs,
            };
            try
            {
                captured.AddRange(connector.ValidateSettings(variables).Select(e => e.ToString()));
                await using var session = await connector.OpenSessionAsync(context);
                captured.AddRange((await session.CheckAsync()).Findings.Select(f => $"{f.Area} {f.Message} {f.Fix}"));
                captured.AddRange((await session.DiscoverAsync(new DiscoveryRequest(LookupNames.AccountType, ["Customer"]))).Values.Select(v => v.Name));
                var accounts = await session.GetPushModule<Account>(BssModules.Accounts)!.PushAsync([new PushItem<Account>(new Account { Id = "A1", Code = "LEAK", Name = "Leak Test", Type = "Customer", BillingAddress = new Address { City = "Springfield" } }, SyncOperation.Create)], PushOptions.Default);
                var contacts = await session.GetPushModule<BssContact>(BssModules.Contacts)!.PushAsync([new PushItem<BssContact>(new BssContact { Id = "C1", AccountId = "A1", FirstName = "Lea", Email = "lea@leak.example" }, SyncOperation.Create)], PushOptions.Default);
                captured.AddRange(accounts.Concat(contacts).Select(r => $"{r.Outcome} {r.FailureKind} {r.Reason} {string.Join(",", r.Changes)}"));
                await foreach (var batch in session.GetPullModule<Account>(BssModules.Accounts)!.PullAsync(new PullRequest(null)))
                {
                    captured.Add(batch.Checkpoint ?? string.Empty);
                }
            }
            catch (Exception e)
            {
                captured.Add(e.ToString());
            }
        }

        var good = new Dictionary<string, string?>
        {
            [ServerVariableNames.ConnectWiseUrl] = simulator.SiteUrl.ToString(),
            [ServerVariableNames.CompanyId] = options.CompanyId,
            [ServerVariableNames.PublicKey] = options.PublicKey,
            [ServerVariableNames.PrivateKey] = PrivateKey,
            [ServerVariableNames.ClientId] = ClientId,
            [ServerVariableNames.ImportAccountStatusId] = "1",
        };
        await RunAsync(good);
        await RunAsync(good, f => f.ServerErrorShare = 0.5);
        await RunAsync(good, f => { f.TooManyRequestsShare = 0.5; f.RetryAfterSeconds = 0; });
        await RunAsync(good, f => f.CommitThenFailShare = 1);
        await RunAsync(good, f => f.RedirectPostShare = 1);
        await RunAsync(new Dictionary<string, string?>(good) { [ServerVariableNames.PrivateKey] = PrivateKey + "-revoked" });
        await RunAsync(new Dictionary<string, string?>(good) { [ServerVariableNames.ClientId] = "9d1f1c2a-8f0e-4b6a-9c55-2e7f4a1b9c07" });
        await RunAsync(new Dictionary<string, string?>(good) { [ServerVariableNames.ClientId] = ClientId + "x" });

        captured.AddRange(logs.Lines);
        var authorization = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{options.CompanyId}+{options.PublicKey}:{PrivateKey}"));
        Assert.IsGreaterThan(20, captured.Count, "the scenarios produced output to search");
        foreach (var secret in new[] { PrivateKey, ClientId, authorization })
        {
            var leaks = captured.Where(c => c.Contains(secret, StringComparison.OrdinalIgnoreCase)).ToArray();
            Assert.IsEmpty(leaks, $"secret found in: {(leaks.Length > 0 ? leaks[0].Replace(secret, "<SECRET>", StringComparison.OrdinalIgnoreCase) : string.Empty)}");
        }
    }
}
