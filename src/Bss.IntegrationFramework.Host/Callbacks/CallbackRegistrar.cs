using Bss.IntegrationFramework.Host.Instances;

namespace Bss.IntegrationFramework.Host.Callbacks;

/// <summary>
/// <c>callbacks enable</c>, <c>disable</c> and <c>show</c>, for the command line and the pages: the receiver of an
/// instance is <c>{public URL}/callbacks/{instance}</c>; the connector registers, lists and removes only its own
/// callbacks for that receiver, and the host keeps the address and modules.
/// </summary>
/// <param name="services">The host services.</param>
internal sealed class CallbackRegistrar(HostServices services)
{
    private readonly CallbackStore _store = new(services.Database);

    /// <summary>The receiver of an instance under a public address (which may already name it).</summary>
    /// <param name="publicUrl">The public address of the host, as ConnectWise reaches it.</param>
    /// <param name="instance">The instance name.</param>
    /// <returns>The receiver.</returns>
    /// <exception cref="HostException">The address is not absolute.</exception>
    public static Uri ReceiverUrl(string publicUrl, string instance)
    {
        if (!Uri.TryCreate(publicUrl, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp))
        {
            throw new HostException($"'{publicUrl}' is not an absolute address such as https://bss.example.com/; give the public https address ConnectWise reaches the host at.");
        }

        var path = "callbacks/" + Uri.EscapeDataString(instance);
        var text = url.GetLeftPart(UriPartial.Path).TrimEnd('/');
        return text.EndsWith("/" + path, StringComparison.OrdinalIgnoreCase) ? new Uri(text) : new Uri(text + "/" + path);
    }

    /// <summary>Registers the instance's callbacks (idempotent) and keeps the address.</summary>
    public async Task<CallbackOverview> EnableAsync(string instanceName, string publicUrl, IReadOnlyList<string>? modules, CancellationToken cancellationToken)
    {
        var instance = await services.Instances.GetAsync(instanceName, cancellationToken).ConfigureAwait(false);
        var receiver = ReceiverUrl(publicUrl, instance.Name);
        return await WithNotificationsAsync(instance.Name, async notifications =>
        {
            var chosen = modules is { Count: > 0 } ? modules : notifications.NotifiableModules;
            IReadOnlyList<NotificationRegistration> registered;
            try
            {
                registered = await notifications.RegisterAsync(receiver, chosen, cancellationToken).ConfigureAwait(false);
            }
            catch (ArgumentException ex)
            {
                throw new HostException(ex.Message, ex);
            }

            await _store.SaveSettingsAsync(instance.Id, receiver, [.. registered.Select(r => r.Module).Distinct(StringComparer.OrdinalIgnoreCase)], cancellationToken).ConfigureAwait(false);
            return new CallbackOverview(instance.Name, receiver, await _store.GetSettingsAsync(instance.Id, cancellationToken).ConfigureAwait(false), registered, notifications.NotifiableModules);
        }).ConfigureAwait(false);
    }

    /// <summary>Removes our callbacks for the instance's receiver, and forgets it.</summary>
    /// <returns>The registrations removed.</returns>
    public async Task<IReadOnlyList<NotificationRegistration>> DisableAsync(string instanceName, string? publicUrl, CancellationToken cancellationToken)
    {
        var instance = await services.Instances.GetAsync(instanceName, cancellationToken).ConfigureAwait(false);
        var settings = await _store.GetSettingsAsync(instance.Id, cancellationToken).ConfigureAwait(false);
        var receiver = publicUrl is not null ? ReceiverUrl(publicUrl, instance.Name)
            : settings?.PublicUrl ?? throw new HostException($"Callbacks of '{instance.Name}' are not enabled; give --url to remove ours registered for another address.");
        var removed = await WithNotificationsAsync(instance.Name, n => n.UnregisterAsync(receiver, cancellationToken)).ConfigureAwait(false);
        await _store.RemoveSettingsAsync(instance.Id, cancellationToken).ConfigureAwait(false);
        return removed;
    }

    /// <summary>The instance's callbacks as the host and ConnectWise see them.</summary>
    public async Task<CallbackOverview> ShowAsync(string instanceName, CancellationToken cancellationToken)
    {
        var instance = await services.Instances.GetAsync(instanceName, cancellationToken).ConfigureAwait(false);
        var settings = await _store.GetSettingsAsync(instance.Id, cancellationToken).ConfigureAwait(false);
        return await WithNotificationsAsync(instance.Name, async notifications =>
        {
            var registered = settings is null ? [] : await notifications.ListRegistrationsAsync(settings.PublicUrl, cancellationToken).ConfigureAwait(false);
            return new CallbackOverview(instance.Name, settings?.PublicUrl, settings, registered, notifications.NotifiableModules);
        }).ConfigureAwait(false);
    }

    private async Task<T> WithNotificationsAsync<T>(string instanceName, Func<IChangeNotifications, Task<T>> work)
    {
        var runtime = await InstanceRuntime.CreateAsync(services, instanceName, null, CancellationToken.None).ConfigureAwait(false);
        await using (runtime.ConfigureAwait(false))
        {
            var session = await runtime.Connector.OpenSessionAsync(runtime.Context).ConfigureAwait(false);
            await using (session.ConfigureAwait(false))
            {
                return session is IChangeNotifications notifications
                    ? await work(notifications).ConfigureAwait(false)
                    : throw new HostException($"The connector of '{instanceName}' cannot be notified of changes; it is pulled by the schedule only.");
            }
        }
    }
}
