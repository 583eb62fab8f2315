using Bss.IntegrationFramework;
using BssConnectWiseConnector.Benchmarks.Data;
using BssConnectWiseConnector.Benchmarks.Hosting;

namespace BssConnectWiseConnector.Benchmarks.Scenarios;

/// <summary>
/// Initial push of N accounts and N contacts (one per account), then the same again unchanged, then with 1% of each
/// changed (an account's phone, a contact's job title), and 1% of contacts with a changed e-mail address. The client
/// is unthrottled and the simulator has no latency: these runs count requests.
/// </summary>
internal sealed class PushScenario : IScenario
{
    public string Name => "push";

    public async Task<IReadOnlyList<Measurement>> RunAsync(BenchmarkArguments args, CancellationToken cancellationToken)
    {
        var n = args.Accounts;
        await using var h = await BenchHarness.StartAsync(BenchHarness.Unthrottled, null, cancellationToken);
        var accounts = BssData.Accounts(n);
        var contacts = BssData.Contacts(accounts);
        h.Records.Add(accounts);
        h.Records.Add(contacts);
        var results = new List<Measurement>();

        var (a, am, ar) = await Timed.RunAsync(h, () => h.PushAsync(BssModules.Accounts, accounts, args.BatchSize, cancellationToken));
        var accountRun = Judge(Timed.Measure($"initial push: {n:N0} accounts", n, am, ar, h, string.Empty), n, a.Failed);
        var (c, cm, cr) = await Timed.RunAsync(h, () => h.PushAsync(BssModules.Contacts, contacts, args.BatchSize, cancellationToken));
        var contactRun = Judge(Timed.Measure($"initial push: {n:N0} contacts", n, cm, cr, h, string.Empty), n, c.Failed);
        var both = accountRun with
        {
            Cpu = am.Cpu + cm.Cpu,
            Scenario = $"initial push: {n:N0} accounts + {n:N0} contacts",
            Records = 2 * n,
            Requests = RequestTally.Sum(ar, cr),
            Wall = am.Wall + cm.Wall,
            PeakWorkingSet = Math.Max(am.PeakWorkingSet, cm.PeakWorkingSet),
            Allocated = am.Allocated + cm.Allocated,
        };
        results.AddRange([accountRun, contactRun, Judge(both, 2 * n, a.Failed + c.Failed)]);

        var (u, um, ur) = await Timed.RunAsync(h, async () =>
        {
            var tally = await h.PushAsync(BssModules.Accounts, accounts, args.BatchSize, cancellationToken);
            var again = await h.PushAsync(BssModules.Contacts, contacts, args.BatchSize, cancellationToken);
            return (tally.Of(PushOutcome.Unchanged) + again.Of(PushOutcome.Unchanged), tally.Failed + again.Failed);
        });
        results.Add(Timed.Measure($"re-push unchanged: {n:N0} + {n:N0}", 2 * n, um, ur, h, "0 requests") with
        {
            Met = ur.Total == 0 && u.Item1 == 2 * n,
            Gap = ur.Total == 0 ? $"{u.Item1:N0} Unchanged" : $"{ur.Total} requests: {ur.Describe()}",
        });

        var changedAccounts = BssData.ChangeEvery(accounts, 100, x => x with { Phone = "+44 20 7946 0999" });
        var changedContacts = BssData.ChangeEvery(contacts, 100, x => x with { JobTitle = "Chief Financial Officer" });
        var changedEach = (n + 99) / 100;
        var (pa, pam, par) = await Timed.RunAsync(h, () => h.PushAsync(BssModules.Accounts, changedAccounts, args.BatchSize, cancellationToken));
        var (pc, pcm, pcr) = await Timed.RunAsync(h, () => h.PushAsync(BssModules.Contacts, changedContacts, args.BatchSize, cancellationToken));
        var changedAccountsRun = Changed($"re-push 1% changed: {changedEach:N0} of {n:N0} accounts (phone)", n, changedEach, pa.Of(PushOutcome.Updated), Timed.Measure(string.Empty, n, pam, par, h, string.Empty));
        var changedContactsRun = Changed($"re-push 1% changed: {changedEach:N0} of {n:N0} contacts (job title)", n, changedEach, pc.Of(PushOutcome.Updated), Timed.Measure(string.Empty, n, pcm, pcr, h, string.Empty));
        var changedBoth = Changed($"re-push 1% changed: {2 * changedEach:N0} of {2 * n:N0} accounts + contacts", 2 * n, 2 * changedEach, pa.Of(PushOutcome.Updated) + pc.Of(PushOutcome.Updated), changedAccountsRun with
        {
            Requests = RequestTally.Sum(par, pcr),
            Wall = pam.Wall + pcm.Wall,
            Cpu = pam.Cpu + pcm.Cpu,
            PeakWorkingSet = Math.Max(pam.PeakWorkingSet, pcm.PeakWorkingSet),
            Allocated = pam.Allocated + pcm.Allocated,
        });
        results.AddRange([changedAccountsRun, changedContactsRun, changedBoth]);

        var emails = BssData.ChangeEvery(changedContacts, 100, x => x with { Email = "new." + x.Email });
        var changedEmails = changedEach;
        var (_, em, er) = await Timed.RunAsync(h, () => h.PushAsync(BssModules.Contacts, emails, args.BatchSize, cancellationToken));
        results.Add(Timed.Measure($"re-push 1% changed: {changedEmails:N0} of {n:N0} contacts (e-mail)", n, em, er, h, $"requests = changed records = {changedEmails:N0}, PATCH only") with
        {
            Met = er.Total == changedEmails && er.Of("PATCH") == changedEmails,
            Gap = er.Total == changedEmails ? string.Empty : $"{er.Total - changedEmails:+#;-#;0} requests: {er.Describe()}",
            Note = "an e-mail is a communication item: ConnectWise replaces the whole array, so the connector reads the contact to merge hand-entered items",
        });
        return results;
    }

    private static Measurement Changed(string name, int records, int changed, int updated, Measurement m) => m with
    {
        Scenario = name,
        Records = records,
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
