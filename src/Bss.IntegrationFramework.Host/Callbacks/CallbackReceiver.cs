using System.Security.Cryptography;
using Bss.IntegrationFramework.Host.Instances;
using Microsoft.Extensions.Logging;

namespace Bss.IntegrationFramework.Host.Callbacks;

/// <summary>
/// Receives one callback for an instance: the instance must exist and have callbacks enabled, the body must be a
/// notification the connector reads, signed with the key fetched from the instance's own ConnectWise host (cached),
/// and not one received before; then it is queued durably and the worker is woken. Nothing is stored otherwise, and
/// every refusal is logged with the instance and the reason only, never the body or the signature.
/// </summary>
/// <param name="services">The host services.</param>
/// <param name="keys">The signing keys fetched so far.</param>
/// <param name="connectors">The instances' connectors, kept while the web server runs.</param>
/// <param name="wake">Wakes the worker after a notification is queued.</param>
internal sealed class CallbackReceiver(HostServices services, SigningKeyCache keys, CallbackConnectors connectors, Action wake)
{
    /// <summary>The largest body accepted (a callback carries one record).</summary>
    public const int MaxBodyBytes = 256 * 1024;

    private readonly ILogger _logger = services.LoggerFactory.CreateLogger<CallbackReceiver>();

    /// <summary>Handles a callback.</summary>
    /// <param name="instanceName">The instance named in the address.</param>
    /// <param name="body">The raw body.</param>
    /// <param name="signature">The <c>x-content-signature</c> header, if any.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The answer.</returns>
    public async Task<CallbackVerdict> ReceiveAsync(string instanceName, byte[] body, string? signature, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(body);
        var verdict = await JudgeAsync(instanceName, body, signature, cancellationToken).ConfigureAwait(false);
        if (verdict.Status >= 400)
        {
            _logger.LogWarning("Callback for instance {Instance} refused ({Status}): {Reason}", Printable(instanceName), verdict.Status, verdict.Message);
        }
        else
        {
            _logger.LogInformation("Callback for instance {Instance}: {Reason}", Printable(instanceName), verdict.Message);
        }

        return verdict;
    }

    private async Task<CallbackVerdict> JudgeAsync(string instanceName, byte[] body, string? signature, CancellationToken cancellationToken)
    {
        if (body.Length > MaxBodyBytes)
        {
            return new CallbackVerdict(413, $"The body is larger than {MaxBodyBytes} bytes.");
        }

        var instance = await services.Instances.FindAsync(instanceName, cancellationToken).ConfigureAwait(false);
        var store = new CallbackStore(services.Database);
        if (instance is null || await store.GetSettingsAsync(instance.Id, cancellationToken).ConfigureAwait(false) is null)
        {
            return new CallbackVerdict(404, "No instance of that name receives callbacks.");
        }

        if (string.IsNullOrWhiteSpace(signature))
        {
            return new CallbackVerdict(401, "The x-content-signature header is missing.");
        }

        var runtime = await InstanceRuntime.CreateAsync(services, instance.Name, null, cancellationToken, connectors.Get(instance)).ConfigureAwait(false);
        await using (runtime.ConfigureAwait(false))
        {
            var session = await runtime.Connector.OpenSessionAsync(runtime.Context, cancellationToken).ConfigureAwait(false);
            await using (session.ConfigureAwait(false))
            {
                if (session is not IChangeNotifications notifications)
                {
                    return new CallbackVerdict(404, "The instance's connector receives no change notifications.");
                }

                ChangeNotification notification;
                try
                {
                    notification = notifications.ReadNotification(body);
                }
                catch (FormatException ex)
                {
                    return new CallbackVerdict(400, ex.Message);
                }

                var checkedSignature = await VerifyAsync(instance.Id, notifications, notification.KeyUrl, body, signature, cancellationToken).ConfigureAwait(false);
                if (checkedSignature is not null)
                {
                    return checkedSignature;
                }

                if (notification.Module is null)
                {
                    return new CallbackVerdict(200, $"A {Printable(notification.RemoteType)} callback names no module this instance pulls; nothing stored.");
                }

                var digest = Convert.ToHexString(SHA256.HashData(body));
                if (!await store.TryEnqueueAsync(instance.Id, digest, notification.Module, notification.RemoteId, notification.Action, cancellationToken).ConfigureAwait(false))
                {
                    return new CallbackVerdict(200, $"A replay of a callback already received ({notification.Module} {notification.RemoteId}); nothing stored.");
                }

                wake();
                return new CallbackVerdict(202, $"Queued: {notification.Module} {notification.RemoteId} {notification.Action}.", Queued: true);
            }
        }
    }

    /// <summary>Checks the signature with the cached key, fetching it (again, at most once) when needed.</summary>
    /// <returns><see langword="null"/> when valid, else the refusal.</returns>
    private async Task<CallbackVerdict?> VerifyAsync(long instanceId, IChangeNotifications notifications, Uri keyUrl, byte[] body, string signature, CancellationToken cancellationToken)
    {
        var key = keys.Find(instanceId, keyUrl, out var mayRefetch);
        if (key is not null && notifications.IsSignatureValid(body, signature, key))
        {
            return null;
        }

        if (key is not null && !mayRefetch)
        {
            return new CallbackVerdict(401, "The signature does not match the body.");
        }

        try
        {
            key = await notifications.FetchSigningKeyAsync(keyUrl, cancellationToken).ConfigureAwait(false);
        }
        catch (UnauthorizedAccessException ex)
        {
            return new CallbackVerdict(403, ex.Message);
        }
        catch (Exception ex) when (ex is InvalidOperationException or HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            // ConnectWise retries only 404, 409, 419 and 429; polling catches what this loses.
            return new CallbackVerdict(503, "The signing key could not be fetched: " + services.Redactor.Redact(ex.Message));
        }

        keys.Store(instanceId, keyUrl, key);
        return notifications.IsSignatureValid(body, signature, key) ? null : new CallbackVerdict(401, "The signature does not match the body.");
    }

    private static string Printable(string text) =>
        new([.. text.Take(80).Select(c => char.IsControl(c) ? '?' : c)]);
}
