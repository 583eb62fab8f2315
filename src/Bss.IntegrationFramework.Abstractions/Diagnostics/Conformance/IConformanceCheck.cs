namespace Bss.IntegrationFramework;

/// <summary>
/// An optional capability of a connector session: proving, with real requests against the instance's remote system,
/// the assumptions the connector makes about it that no documentation settles. It writes test records (and removes
/// them), so it is meant for a sandbox. A host finds it by testing whether its <see cref="IConnectorSession"/> also
/// implements this interface; a session that does not has nothing to prove this way.
/// </summary>
public interface IConformanceCheck
{
    /// <summary>Runs every conformance check, then deletes what it created.</summary>
    /// <param name="sandboxConfirmed">
    /// Whether the administrator confirmed the site is a sandbox. Without it, the connector refuses unless the site
    /// itself says it is one (for ConnectWise, a host name starting with <c>sandbox-</c>).
    /// </param>
    /// <param name="cancellationToken">Cancels the run; what was created so far is still deleted.</param>
    /// <returns>One row per assumption, the suggested settings, and what could not be deleted.</returns>
    /// <exception cref="InvalidOperationException">The site is not known to be a sandbox and <paramref name="sandboxConfirmed"/> is false.</exception>
    Task<ConformanceReport> RunConformanceAsync(bool sandboxConfirmed, CancellationToken cancellationToken = default);
}
