namespace Bss.IntegrationFramework;

/// <summary>
/// A connector the BSS host activates once per connector instance. Implementations keep no process-wide
/// state: everything an instance needs comes from the <see cref="ConnectorContext"/> passed to each call.
/// </summary>
/// <remarks>The host creates the type through its public parameterless constructor.</remarks>
public interface IConnector
{
    /// <summary>Gets what the connector offers: server variables, modules, operations and lookups.</summary>
    ConnectorManifest Manifest { get; }

    /// <summary>
    /// Validates server variables without any I/O and reports every problem at once.
    /// </summary>
    /// <param name="serverVariables">The instance's server variables by name; absent or empty means not set.</param>
    /// <returns>Every problem found; empty when the settings can be used.</returns>
    IReadOnlyList<SettingError> ValidateSettings(IReadOnlyDictionary<string, string?> serverVariables);

    /// <summary>
    /// Opens a session for one run: the settings are parsed, the remote system's setup tables are loaded at
    /// most once for the whole session, and module handlers share its HTTP client and rate limits.
    /// </summary>
    /// <param name="context">The instance configuration and host services.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The session; dispose it when the run ends.</returns>
    /// <exception cref="ConnectorConfigurationException">The settings are not usable; every problem is listed.</exception>
    Task<IConnectorSession> OpenSessionAsync(ConnectorContext context, CancellationToken cancellationToken = default);
}
