using Bss.IntegrationFramework;
using BssConnectWiseConnector.Benchmarks.Data;
using BssConnectWiseConnector.Benchmarks.Hosting;

namespace BssConnectWiseConnector.Benchmarks.Scenarios;

/// <summary>
/// A full pull of N companies, then an incremental pull after some of them changed. The simulator's clock (which
/// also gives its Date header, the pull's start) runs an hour behind while seeding, half an hour behind for the full
/// pull, then catches up for the edits, so that the incremental pull, from the full pull's start less the cursor's
/// margin, sees exactly the later edits.
/// </summary>
internal sealed class PullScenario : IScenario
{
    public string Name => "pull";

    public async Task<IReadOnlyList<Measurement>> RunAsync(BenchmarkArguments args, CancellationToken cancellationToken)
    {
        var n = args.Companies;
        var clock = new ShiftedClock(TimeSpan.FromHours(-1));
        await using var h = await BenchHarness.StartAsync(BenchHarness.Unthrottled, clock, cancellationToken);
        CompanySeed.Add(h.Simulator.Store, n);
        var total = h.Simulator.Store.Count(CompanySeed.Companies);
        clock.Advance(TimeSpan.FromMinutes(30));

        var (full, fm, fr) = await Timed.RunAsync(h, () => h.PullAsync<Account>(BssModules.Accounts, null, cancellationToken));
        var pages = (total + 999) / 1000;
        var list = fr.Of("GET list");
        var others = fr.Total - list - fr.Of("GET other");
        var fullRun = Timed.Measure($"full pull: {total:N0} companies", full.Records, fm, fr, h, $"{pages} list requests (ceil(N/1000))") with
        {
            Met = list == pages && others == 0 && full.Records == total,
            Gap = $"list {list}, other API reads {others}"
                + (fr.Of("GET other") > 0 ? $", + {fr.Of("GET other")} codebase discovery (login/companyinfo, once per connector instance)" : string.Empty)
                + (full.Records == total ? string.Empty : $", {full.Records} of {total} records read"),
        };

        clock.Advance(TimeSpan.FromMinutes(35));
        var changed = h.Simulator.Store.All(CompanySeed.Companies).Where((_, i) => i % Math.Max(1, total / args.Changes) == 0).Take(args.Changes).Select(c => (int)c["id"]!).ToArray();
        foreach (var id in changed)
        {
            h.Simulator.Store.Update(CompanySeed.Companies, id, c => c["city"] = "York");
        }

        var (inc, im, ir) = await Timed.RunAsync(h, () => h.PullAsync<Account>(BssModules.Accounts, full.Checkpoint, cancellationToken));
        var incRun = Timed.Measure($"incremental pull: {changed.Length} changed of {total:N0}", inc.Records, im, ir, h, "1 list request") with
        {
            Met = ir.Total == 1 && inc.Records == changed.Length,
            Gap = $"{ir.Describe()}; {inc.Records} records read",
        };
        return [fullRun, incRun];
    }
}
