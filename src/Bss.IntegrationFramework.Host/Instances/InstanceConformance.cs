namespace Bss.IntegrationFramework.Host.Instances;

/// <summary>
/// The conformance run of <c>conformance</c> and the Check page: the connector's own checks against the instance's
/// remote system, reached through the optional <see cref="IConformanceCheck"/> capability of its session.
/// </summary>
/// <param name="services">The host services.</param>
internal sealed class InstanceConformance(HostServices services)
{
    /// <summary>Runs the connector's conformance checks.</summary>
    /// <param name="instanceName">The instance.</param>
    /// <param name="sandboxConfirmed">Whether the administrator confirmed the site is a sandbox.</param>
    /// <param name="cancellationToken">Cancels the run; the connector still deletes what it created.</param>
    /// <returns>The report.</returns>
    /// <exception cref="HostException">The connector has no conformance checks, or it refused the site.</exception>
    public async Task<ConformanceReport> RunAsync(string instanceName, bool sandboxConfirmed, CancellationToken cancellationToken)
    {
        var runtime = await InstanceRuntime.CreateAsync(services, instanceName, null, cancellationToken).ConfigureAwait(false);
        await using (runtime.ConfigureAwait(false))
        {
            var session = await runtime.Connector.OpenSessionAsync(runtime.Context, cancellationToken).ConfigureAwait(false);
            await using (session.ConfigureAwait(false))
            {
                if (session is not IConformanceCheck conformance)
                {
                    throw new HostException($"The connector of instance '{instanceName}' ({runtime.Connector.Manifest.Name}) has no conformance checks.");
                }

                try
                {
                    return await conformance.RunConformanceAsync(sandboxConfirmed, cancellationToken).ConfigureAwait(false);
                }
                catch (InvalidOperationException e)
                {
                    throw new HostException(e.Message, e);
                }
            }
        }
    }
}
