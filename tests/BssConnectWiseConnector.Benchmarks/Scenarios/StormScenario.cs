using Bss.IntegrationFramework;
using BssConnectWiseConnector.Benchmarks.Data;
using BssConnectWiseConnector.Benchmarks.Hosting;
using BssConnectWiseConnector.Http;

namespace BssConnectWiseConnector.Benchmarks.Scenarios;

/// <summary>
/// A push into a simulator that allows 300 requests a minute and answers the rest 429 with Retry-After, the client at
/// its default limits (8 in flight, 600 a minute). The same push without the limit gives the request budget; every
/// request beyond it that is not a 429 is wasted. In quick mode a random 20% of requests are answered 429
/// (Retry-After 1 s) instead, since a per-minute limit needs a minute to show.
/// </summary>
internal sealed class StormScenario : IScenario
{
    public string Name => "storm";

    public async Task<IReadOnlyList<Measurement>> RunAsync(BenchmarkArguments args, CancellationToken cancellationToken)
    {
        var n = args.StormAccounts;
        var accounts = BssData.Accounts(n);
        RequestTally budget;
        await using (var baseline = await BenchHarness.StartAsync(BenchHarness.Unthrottled, null, cancellationToken))
        {
            (_, _, budget) = await Timed.RunAsync(baseline, () => baseline.PushAsync(BssModules.Accounts, accounts, args.BatchSize, cancellationToken));
        }

        await using var h = await BenchHarness.StartAsync(ResilienceOptions.Default, null, cancellationToken);
        var faults = h.Simulator.Options.Faults;
        var limit = args.Quick ? "20% of requests answered 429, Retry-After 1 s" : "simulator limit 300/min with Retry-After";
        if (args.Quick)
        {
            faults.TooManyRequestsShare = 0.2;
            faults.RetryAfterSeconds = 1;
        }
        else
        {
            faults.RequestsPerMinuteLimit = 300;
        }

        var (tally, meter, requests) = await Timed.RunAsync(h, () => h.PushAsync(BssModules.Accounts, accounts, args.BatchSize, cancellationToken));
        var answered = RequestTally.From(h.Simulator.Requests.Snapshot().Where(r => r.Status != 429));
        var wasted = answered.Total - budget.Total;
        var companies = h.Simulator.Store.Count(CompanySeed.Companies);
        var m = Timed.Measure($"429 storm ({limit}): {n:N0} accounts", n, meter, requests, h, "finishes; requests = budget + 429s");
        return [m with
        {
            Met = tally.Failed == 0 && wasted == 0 && companies == n,
            Gap = $"{requests.TooMany} × 429 of {requests.Total} requests; budget {budget.Total} ({budget.Describe()}); wasted {wasted}; {tally.Failed} failed; {companies} companies",
            Note = tally.FirstFailures.Count > 0 ? string.Join(" | ", tally.FirstFailures) : string.Empty,
        }];
    }
}
