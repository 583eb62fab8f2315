using Bss.IntegrationFramework.Host.Storage;

namespace Bss.IntegrationFramework.Host.Sync;

/// <summary>Counts a module's results while it runs.</summary>
/// <param name="module">The module.</param>
/// <param name="direction">The direction: <c>push</c> or <c>pull</c>.</param>
internal sealed class ModuleTally(string module, string direction)
{
    private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal);

    /// <summary>Gets or sets the requests sent for the module.</summary>
    public long Requests { get; set; }

    /// <summary>Gets or sets a note, such as why the module did not run.</summary>
    public string? Note { get; set; }

    /// <summary>Counts one outcome.</summary>
    /// <param name="outcome">The outcome's name.</param>
    public void Add(string outcome) => _counts[outcome] = Count(outcome) + 1;

    /// <summary>Gets the totals.</summary>
    /// <returns>The totals.</returns>
    public ModuleRunStats ToStats() => new()
    {
        Module = module,
        Direction = direction,
        Created = Count(nameof(PushOutcome.Created)),
        Updated = Count(nameof(PushOutcome.Updated)),
        Unchanged = Count(nameof(PushOutcome.Unchanged)),
        Skipped = Count(nameof(PushOutcome.Skipped)),
        Failed = Count(nameof(PushOutcome.Failed)),
        Quarantined = Count(RecordOutcomes.Quarantined),
        Pulled = Count(RecordOutcomes.Pulled) + Count(RecordOutcomes.Deleted),
        Requests = Requests,
        Note = Note,
    };

    private int Count(string outcome) => _counts.GetValueOrDefault(outcome);
}
