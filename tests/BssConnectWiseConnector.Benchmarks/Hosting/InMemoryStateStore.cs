using System.Collections.Concurrent;
using Bss.IntegrationFramework;

namespace BssConnectWiseConnector.Benchmarks.Hosting;

/// <summary>The host's cursor store, in memory.</summary>
internal sealed class InMemoryStateStore : ISyncStateStore
{
    private readonly ConcurrentDictionary<string, string?> _cursors = new(StringComparer.Ordinal);

    public Task<string?> GetCursorAsync(string module, CancellationToken cancellationToken = default) =>
        Task.FromResult(_cursors.GetValueOrDefault(module));

    public Task SaveCursorAsync(string module, string? cursor, CancellationToken cancellationToken = default)
    {
        _cursors[module] = cursor;
        return Task.CompletedTask;
    }
}
