using System.Collections.Concurrent;
using Bss.IntegrationFramework;

namespace BssConnectWiseConnector.Benchmarks.Hosting;

/// <summary>The host's BSS records, in memory, for dependencies pushed first.</summary>
internal sealed class InMemoryRecordSource : IBssRecordSource
{
    private readonly ConcurrentDictionary<(Type, string), BssRecord> _records = new();

    public void Add(IEnumerable<BssRecord> records)
    {
        foreach (var record in records)
        {
            _records[(record.GetType(), record.Id)] = record;
        }
    }

    public Task<TRecord?> FindAsync<TRecord>(string id, CancellationToken cancellationToken = default)
        where TRecord : BssRecord =>
        Task.FromResult(_records.TryGetValue((typeof(TRecord), id), out var record) ? (TRecord)record : null);
}
