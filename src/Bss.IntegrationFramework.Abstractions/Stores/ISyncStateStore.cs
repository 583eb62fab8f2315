namespace Bss.IntegrationFramework;

/// <summary>The cursors of incremental pulls of one connector instance, kept by the host.</summary>
public interface ISyncStateStore
{
    /// <summary>Gets a module's cursor.</summary>
    /// <param name="module">The module.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The cursor, or <see langword="null"/> when the module was never pulled.</returns>
    Task<string?> GetCursorAsync(string module, CancellationToken cancellationToken = default);

    /// <summary>Saves a module's cursor.</summary>
    /// <param name="module">The module.</param>
    /// <param name="cursor">The cursor, or <see langword="null"/> to start over.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the cursor is durable.</returns>
    Task SaveCursorAsync(string module, string? cursor, CancellationToken cancellationToken = default);
}
