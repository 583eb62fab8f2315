using System.Collections.Concurrent;
using Bss.IntegrationFramework;

namespace BssConnectWiseConnector.Tests.TestSupport;

internal sealed class InMemoryStateStore : ISyncStateStore
{
    private readonly ConcurrentDictionary<string, string?> _cursors = new();

    public Task<string?> GetCursorAsync(string module, CancellationToken cancellationToken = default) =>
        Task.FromResult(_cursors.TryGetValue(module, out var cursor) ? cursor : null);

    public Task SaveCursorAsync(string module, string? cursor, CancellationToken cancellationToken = default)
    {
        _cursors[module] = cursor;
        return Task.CompletedTask;
    }
}
