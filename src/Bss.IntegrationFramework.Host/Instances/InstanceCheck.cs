using Bss.IntegrationFramework.Host.Lookups;

namespace Bss.IntegrationFramework.Host.Instances;

/// <summary>The preflight of <c>check</c> and the Check page: the connector's findings, then the host's unmapped BSS values.</summary>
/// <param name="services">The host services.</param>
internal sealed class InstanceCheck(HostServices services)
{
    /// <summary>Runs the check.</summary>
    /// <param name="instanceName">The instance.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>Every finding, errors first.</returns>
    public async Task<CheckReport> RunAsync(string instanceName, CancellationToken cancellationToken)
    {
        var runtime = await InstanceRuntime.CreateAsync(services, instanceName, null, cancellationToken).ConfigureAwait(false);
        await using (runtime.ConfigureAwait(false))
        {
            var session = await runtime.Connector.OpenSessionAsync(runtime.Context, cancellationToken).ConfigureAwait(false);
            await using (session.ConfigureAwait(false))
            {
                var report = await session.CheckAsync(cancellationToken).ConfigureAwait(false);
                var unmapped = await new UnmappedLookupValues(services).FindAsync(
                    runtime.Instance.Name, runtime.Connector.Manifest, runtime.Context.Lookups, runtime.Context.Options, cancellationToken).ConfigureAwait(false);
                return new CheckReport([.. report.Findings.Concat(unmapped).OrderByDescending(f => f.Severity)]);
            }
        }
    }
}
