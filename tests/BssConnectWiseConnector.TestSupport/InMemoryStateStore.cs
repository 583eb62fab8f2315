using System.Collections.Concurrent;
using Bss.IntegrationFramework;

namespace BssConnectWiseConnector.Tests.TestSupport;

/// <summary>The host's cursor store, in memory.</summary>
public sealed class InMemoryStateStore : ISyncStateStore
{
    private readonly ConcurrentDictionary<string, string?> _cursors = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public Task<string?> GetCursorAsync(string module, CancellationToken cancellationToken = default) =>
        Task.FromResult(_cursors.GetValueOrDefault(module));

    /// <inheritdoc />
    public Task SaveCursorAsync(string module, string? cursor, CancellationToken cancellationToken = default)
    {
        _cursors[module] = cursor;
        return Task.CompletedTask;
    }
}
