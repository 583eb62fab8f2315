using Bss.IntegrationFramework;

namespace BssConnectWiseConnector.Benchmarks.Hosting;

/// <summary>The outcomes of a push, and the first failure reasons.</summary>
internal sealed class PushTally
{
    private readonly Dictionary<PushOutcome, int> _outcomes = [];
    private readonly List<string> _failures = [];

    public int Total { get; private set; }

    public int Failed => Of(PushOutcome.Failed);

    public IReadOnlyList<string> FirstFailures => _failures;

    public int Of(PushOutcome outcome) => _outcomes.GetValueOrDefault(outcome);

    public void Add(IEnumerable<PushResult> results)
    {
        foreach (var result in results)
        {
            Total++;
            _outcomes[result.Outcome] = Of(result.Outcome) + 1;
            if (result.Outcome == PushOutcome.Failed && _failures.Count < 3)
            {
                _failures.Add($"{result.BssId}: {result.FailureKind} {result.Reason}");
            }
        }
    }

    public override string ToString() =>
        string.Join(", ", _outcomes.OrderBy(o => o.Key).Select(o => $"{o.Key} {o.Value}"));
}
