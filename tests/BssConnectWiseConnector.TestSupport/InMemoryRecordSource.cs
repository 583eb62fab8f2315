using System.Collections.Concurrent;
using Bss.IntegrationFramework;

namespace BssConnectWiseConnector.Tests.TestSupport;

/// <summary>The host's BSS records, in memory, for dependencies pushed first.</summary>
public sealed class InMemoryRecordSource : IBssRecordSource
{
    private readonly ConcurrentDictionary<(Type, string), BssRecord> _records = new();

    /// <summary>Adds or replaces records.</summary>
    /// <param name="records">The records.</param>
    public void Add(params BssRecord[] records) => Add((IEnumerable<BssRecord>)records);

    /// <summary>Adds or replaces records.</summary>
    /// <param name="records">The records.</param>
    public void Add(IEnumerable<BssRecord> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        foreach (var record in records)
        {
            _records[(record.GetType(), record.Id)] = record;
        }
    }

    /// <inheritdoc />
    public Task<TRecord?> FindAsync<TRecord>(string id, CancellationToken cancellationToken = default)
        where TRecord : BssRecord =>
        Task.FromResult(_records.TryGetValue((typeof(TRecord), id), out var record) ? (TRecord)record : null);
}
