using System.Collections.Concurrent;
using Bss.IntegrationFramework;

namespace BssConnectWiseConnector.Tests.TestSupport;

internal sealed class InMemorySyncStateStore : ISyncStateStore
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
