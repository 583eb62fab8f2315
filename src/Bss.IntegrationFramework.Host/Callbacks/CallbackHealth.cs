using Bss.IntegrationFramework.Host.Alerts;

namespace Bss.IntegrationFramework.Host.Callbacks;

/// <summary>
/// Whether an instance's callbacks can be trusted to bring changes: they are enabled and one arrived (or they were
/// enabled) within the <see cref="AlertCondition.CallbacksSilent"/> threshold. The scheduler then polls at its longer
/// interval; otherwise at its normal one.
/// </summary>
internal static class CallbackHealth
{
    /// <summary>Tells whether the callbacks of an instance are healthy now.</summary>
    /// <param name="services">The host services.</param>
    /// <param name="instanceId">The instance.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns><see langword="true"/> when healthy.</returns>
    public static async Task<bool> IsHealthyAsync(HostServices services, long instanceId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        var callbacks = await new CallbackStore(services.Database).GetSettingsAsync(instanceId, cancellationToken).ConfigureAwait(false);
        if (callbacks is null)
        {
            return false;
        }

        var threshold = (await services.Alerts.GetSettingsAsync(instanceId, cancellationToken).ConfigureAwait(false)).DurationThreshold(AlertCondition.CallbacksSilent);
        return services.TimeProvider.GetUtcNow() - (callbacks.LastReceivedAt ?? callbacks.EnabledAt) <= threshold;
    }
}
