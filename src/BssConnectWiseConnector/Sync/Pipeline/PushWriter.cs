using Bss.IntegrationFramework;
using Microsoft.Extensions.Logging;

namespace BssConnectWiseConnector.Sync.Pipeline;

/// <summary>
/// The write stage of one batch: runs the writes of the plans within the instance's concurrency, turns a failure
/// into that record's result (the others go on), records each result once and reports progress per record.
/// </summary>
/// <typeparam name="TRecord">The BSS record type.</typeparam>
/// <typeparam name="TPlan">The plan type.</typeparam>
internal sealed class PushWriter<TRecord, TPlan>
    where TRecord : BssRecord
    where TPlan : PushPlan<TRecord>
{
    private readonly string _module;
    private readonly PushResult?[] _results;
    private readonly ModuleContext _context;
    private readonly ILogger _logger;
    private readonly int _total;
    private int _done;

    /// <summary>Initializes a new instance of the <see cref="PushWriter{TRecord, TPlan}"/> class.</summary>
    /// <param name="module">The module.</param>
    /// <param name="results">The batch's results, by index.</param>
    /// <param name="total">How many plans the batch writes, for progress.</param>
    /// <param name="context">The session's module context.</param>
    /// <param name="logger">The module's logger.</param>
    public PushWriter(string module, PushResult?[] results, int total, ModuleContext context, ILogger logger)
    {
        _module = module;
        _results = results;
        _total = total;
        _context = context;
        _logger = logger;
    }

    /// <summary>Runs work over items within the instance's concurrency limit.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="source">The items (plans, or groups of plans written one after another).</param>
    /// <param name="body">The work for one item.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>A task that completes when every item is done.</returns>
    public Task ForEachAsync<T>(IEnumerable<T> source, Func<T, CancellationToken, Task> body, CancellationToken cancellationToken) =>
        Parallel.ForEachAsync(
            source,
            new ParallelOptions { MaxDegreeOfParallelism = _context.MaxConcurrency, CancellationToken = cancellationToken },
            async (item, token) => await body(item, token).ConfigureAwait(false));

    /// <summary>
    /// Writes one plan: its result is what the work returns, or the classified failure it throws; a
    /// <see langword="null"/> result records nothing and leaves the plan to the caller (such as a linked record gone
    /// from ConnectWise, to be placed again).
    /// </summary>
    /// <param name="plan">The plan.</param>
    /// <param name="work">The write.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns><see langword="true"/> when a result was recorded.</returns>
    public async Task<bool> WriteAsync(TPlan plan, Func<Task<PushResult?>> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        var recorded = true;
        await WriteTogetherAsync([plan], async () =>
        {
            var result = await work().ConfigureAwait(false);
            recorded = result is not null;
            return [result];
        }, cancellationToken).ConfigureAwait(false);
        return recorded;
    }

    /// <summary>Writes plans that go out together (one agreement's additions): a failure of the whole fails each of them.</summary>
    /// <param name="plans">The plans.</param>
    /// <param name="work">The write; answers each plan's result, in order (<see langword="null"/> leaves it to the batch's last word).</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>A task that completes when the results are recorded.</returns>
    public async Task WriteTogetherAsync(IReadOnlyList<TPlan> plans, Func<Task<IReadOnlyList<PushResult?>>> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plans);
        ArgumentNullException.ThrowIfNull(work);
        IReadOnlyList<PushResult?> results;
        try
        {
            results = await work().ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            var (kind, reason) = PushFailureClassifier.Classify(e);
            _logger.LogWarning("{Module} records {BssIds} failed ({Kind}): {Reason}", _module, string.Join(", ", plans.Select(p => p.Item.Record.Id)), kind, reason);
            results = plans.Select(p => PushResults.Failed(_module, p.Item, kind, reason, p.Link?.RemoteId)).ToArray();
        }

        for (var index = 0; index < plans.Count; index++)
        {
            if (index < results.Count && results[index] is { } result)
            {
                Record(plans[index], result);
            }
        }
    }

    /// <summary>Records a plan's result without a write, such as a failure of the lookup that had to precede it.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="result">Its result.</param>
    public void Record(TPlan plan, PushResult result)
    {
        ArgumentNullException.ThrowIfNull(plan);
        _results[plan.Index] = result;
        _context.Progress?.Report(new SyncProgress(_module, Interlocked.Increment(ref _done), _total));
    }
}
