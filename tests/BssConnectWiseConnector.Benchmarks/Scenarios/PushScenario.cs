using Bss.IntegrationFramework;
using BssConnectWiseConnector.Benchmarks.Data;
using BssConnectWiseConnector.Benchmarks.Hosting;

namespace BssConnectWiseConnector.Benchmarks.Scenarios;

/// <summary>
/// Initial push of N accounts and N contacts (one per account), then the same again unchanged, then with 1% of each
/// changed (an account's phone, a contact's job title), and 1% of contacts with a changed e-mail address. The client
/// is unthrottled and the simulator, in its own process, has no latency: these runs count requests, and the processor
/// time and memory figures are the connector's alone.
/// </summary>
internal sealed class PushScenario : IScenario
{
    public string Name => "push";

    public async Task<IReadOnlyList<Measurement>> RunAsync(BenchmarkArguments args, CancellationToken cancellationToken)
    {
        var n = args.Accounts;
        await using var simulator = await SimulatorProcess.StartAsync(0, cancellationToken);
        using var h = new ConnectorHost(simulator.SiteUrl, BenchHarness.Unthrottled, TimeProvider.System);
        var accounts = BssData.Accounts(n);
        var contacts = BssData.Contacts(accounts);
        h.Records.Add(accounts);
        h.Records.Add(contacts);
        var results = new List<Measurement>();
        Task<(PushTally Tally, Measurement Measurement)> Run<T>(string module, IReadOnlyList<T> records)
            where T : BssRecord =>
            RemoteTimed.RunAsync(simulator, h, () => h.PushAsync(module, records, args.BatchSize, cancellationToken), cancellationToken);

        var (a, am) = await Run(BssModules.Accounts, accounts);
        var (c, cm) = await Run(BssModules.Contacts, contacts);
        var accountRun = Judge(am with { Scenario = $"initial push: {n:N0} accounts", Records = n }, n, a.Failed);
        var contactRun = Judge(cm with { Scenario = $"initial push: {n:N0} contacts", Records = n }, n, c.Failed);
        var both = Judge(Sum(am, cm) with { Scenario = $"initial push: {n:N0} accounts + {n:N0} contacts", Records = 2 * n }, 2 * n, a.Failed + c.Failed);
        results.AddRange([accountRun, contactRun, both]);

        var (ua, uam) = await Run(BssModules.Accounts, accounts);
        var (uc, ucm) = await Run(BssModules.Contacts, contacts);
        var unchanged = ua.Of(PushOutcome.Unchanged) + uc.Of(PushOutcome.Unchanged);
        var again = Sum(uam, ucm);
        results.Add(again with
        {
            Scenario = $"re-push unchanged: {n:N0} accounts + {n:N0} contacts",
            Records = 2 * n,
            Target = "0 requests",
            Met = again.Requests.Total == 0 && unchanged == 2 * n,
            Gap = again.Requests.Total == 0 ? $"{unchanged:N0} Unchanged" : $"{again.Requests.Total} requests: {again.Requests.Describe()}",
        });

        var changedAccounts = BssData.ChangeEvery(accounts, 100, x => x with { Phone = "+44 20 7946 0999" });
        var changedContacts = BssData.ChangeEvery(contacts, 100, x => x with { JobTitle = "Chief Financial Officer" });
        var each = (n + 99) / 100;
        var (pa, pam) = await Run(BssModules.Accounts, changedAccounts);
        var (pc, pcm) = await Run(BssModules.Contacts, changedContacts);
        results.AddRange(
        [
            Changed(pam with { Scenario = $"re-push 1% changed: {each:N0} of {n:N0} accounts (phone)", Records = n }, each, pa.Of(PushOutcome.Updated)),
            Changed(pcm with { Scenario = $"re-push 1% changed: {each:N0} of {n:N0} contacts (job title)", Records = n }, each, pc.Of(PushOutcome.Updated)),
            Changed(Sum(pam, pcm) with { Scenario = $"re-push 1% changed: {2 * each:N0} of {2 * n:N0} accounts + contacts", Records = 2 * n }, 2 * each, pa.Of(PushOutcome.Updated) + pc.Of(PushOutcome.Updated)),
        ]);

        var emails = BssData.ChangeEvery(changedContacts, 100, x => x with { Email = "new." + x.Email });
        var (pe, pem) = await Run(BssModules.Contacts, emails);
        results.Add(Changed(pem with { Scenario = $"re-push 1% changed: {each:N0} of {n:N0} contacts (e-mail)", Records = n }, each, pe.Of(PushOutcome.Updated)) with
        {
            Note = "an e-mail is a communication item: ConnectWise replaces the whole array, so the connector reads the contact to merge hand-entered items",
        });
        return results;
    }

    private static Measurement Sum(Measurement a, Measurement b) => a with
    {
        Requests = RequestTally.Sum(a.Requests, b.Requests),
        Wall = a.Wall + b.Wall,
        Cpu = a.Cpu + b.Cpu,
        SimulatorCpu = a.SimulatorCpu + b.SimulatorCpu,
        PeakWorkingSet = Math.Max(a.PeakWorkingSet, b.PeakWorkingSet),
        Allocated = a.Allocated + b.Allocated,
    };

    private static Measurement Changed(Measurement m, int changed, int updated) => m with
    {
        Target = $"requests = changed records = {changed:N0}, PATCH only",
        Met = m.Requests.Total == changed && m.Requests.Of("PATCH") == changed && updated == changed,
        Gap = m.Requests.Total == changed && m.Requests.Of("PATCH") == changed
            ? $"{updated:N0} Updated"
            : $"{m.Requests.Total - changed:+#;-#;0} requests: {m.Requests.Describe()}; {updated:N0} Updated",
    };

    private static Measurement Judge(Measurement m, int records, int failed)
    {
        var others = m.Requests.Total - m.Requests.Writes;
        var allowed = records / 1000d;
        return m with
        {
            Target = $"writes = {records:N0}; other ≤ {allowed:0.#} (1 per 1,000)",
            Met = m.Requests.Writes == records && others <= allowed && failed == 0,
            Gap = $"writes {m.Requests.Writes:N0}, other {others}" + (failed > 0 ? $", {failed} failed" : string.Empty),
        };
    }
}
