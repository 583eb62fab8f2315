namespace Bss.IntegrationFramework;

/// <summary>One run of a connector instance: checks, discovery and the module handlers.</summary>
public interface IConnectorSession : IAsyncDisposable
{
    /// <summary>
    /// Runs the preflight check: connection, credentials, permissions for every enabled operation, the
    /// setup-table ids the settings and lookups name, and BSS values no lookup maps.
    /// </summary>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>Every finding, each with a severity and the fix.</returns>
    Task<CheckReport> CheckAsync(CancellationToken cancellationToken = default);

    /// <summary>Lists the remote values a lookup or server variable can take, for settings-page dropdowns.</summary>
    /// <param name="request">What to discover and the BSS values to suggest matches for.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The values with their ids, and suggested matches.</returns>
    Task<DiscoveryResult> DiscoverAsync(DiscoveryRequest request, CancellationToken cancellationToken = default);

    /// <summary>Gets the push handler of a module, or <see langword="null"/> when the connector cannot push it.</summary>
    /// <typeparam name="TRecord">The BSS entity type the module pushes.</typeparam>
    /// <param name="module">The module name, one of <see cref="BssModules"/>.</param>
    /// <returns>The handler, or <see langword="null"/>.</returns>
    IPushModule<TRecord>? GetPushModule<TRecord>(string module)
        where TRecord : BssRecord;

    /// <summary>Gets the pull handler of a module, or <see langword="null"/> when the connector cannot pull it.</summary>
    /// <typeparam name="TRecord">The BSS entity type the module yields.</typeparam>
    /// <param name="module">The module name, one of <see cref="BssModules"/>.</param>
    /// <returns>The handler, or <see langword="null"/>.</returns>
    IPullModule<TRecord>? GetPullModule<TRecord>(string module)
        where TRecord : BssRecord;

    /// <summary>Gets the number of HTTP requests the session has sent so far, retries included.</summary>
    long RequestCount { get; }
}
