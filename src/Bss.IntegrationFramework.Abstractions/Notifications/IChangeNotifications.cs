namespace Bss.IntegrationFramework;

/// <summary>
/// An optional capability of a connector session: the remote system tells a receiver of the host's when records
/// change (for ConnectWise, callbacks), so the host pulls those records at once instead of waiting for its next poll.
/// The connector registers, lists and removes only the registrations it made itself for the receiver's address,
/// never another integration's. A host finds it by testing whether its <see cref="IConnectorSession"/> also implements
/// this interface. Reading and verifying a notification send no request except the signing key's fetch.
/// </summary>
public interface IChangeNotifications
{
    /// <summary>Gets the modules whose records the remote system can notify changes of (each also pulls).</summary>
    IReadOnlyList<string> NotifiableModules { get; }

    /// <summary>
    /// Registers the receiver for each module, with the remote system told not to notify the connector's own writes.
    /// Idempotent: a registration of ours that exists already is kept (made active again when it was not), so
    /// enabling twice leaves one per module.
    /// </summary>
    /// <param name="receiverUrl">The public address the remote system posts to (the host's receiver of this instance).</param>
    /// <param name="modules">The modules, each one of <see cref="NotifiableModules"/>.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>Our registrations for the receiver after the call.</returns>
    /// <exception cref="ArgumentException">A module is not notifiable, or the address is not an absolute https (or loopback http) URL.</exception>
    Task<IReadOnlyList<NotificationRegistration>> RegisterAsync(Uri receiverUrl, IReadOnlyList<string> modules, CancellationToken cancellationToken = default);

    /// <summary>Lists the registrations the connector made (for any receiver, or only for <paramref name="receiverUrl"/>).</summary>
    /// <param name="receiverUrl">The receiver, or <see langword="null"/> for all of ours.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>Ours only; registrations of other integrations are never listed.</returns>
    Task<IReadOnlyList<NotificationRegistration>> ListRegistrationsAsync(Uri? receiverUrl, CancellationToken cancellationToken = default);

    /// <summary>Removes the registrations the connector made for the receiver, and nothing else.</summary>
    /// <param name="receiverUrl">The receiver.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The registrations removed.</returns>
    Task<IReadOnlyList<NotificationRegistration>> UnregisterAsync(Uri receiverUrl, CancellationToken cancellationToken = default);

    /// <summary>Reads a notification's body, with no request and nothing trusted yet.</summary>
    /// <param name="body">The raw body as received.</param>
    /// <returns>What it names.</returns>
    /// <exception cref="FormatException">The body is not a notification; the message says what is wrong without quoting the body.</exception>
    ChangeNotification ReadNotification(ReadOnlySpan<byte> body);

    /// <summary>
    /// Fetches the key a notification is signed with, only from the instance's own remote host (same scheme, host and
    /// port as its configured site), with no redirect followed.
    /// </summary>
    /// <param name="keyUrl">The key's address the notification names.</param>
    /// <param name="cancellationToken">Cancels the fetch.</param>
    /// <returns>The key.</returns>
    /// <exception cref="UnauthorizedAccessException">The address is not on the instance's own host; nothing was sent.</exception>
    /// <exception cref="InvalidOperationException">The host did not answer with a key.</exception>
    Task<NotificationSigningKey> FetchSigningKeyAsync(Uri keyUrl, CancellationToken cancellationToken = default);

    /// <summary>Checks a notification's signature against the key, in constant time.</summary>
    /// <param name="body">The raw body as received.</param>
    /// <param name="signature">The signature header's value.</param>
    /// <param name="key">The signing key.</param>
    /// <returns>Whether the signature is the key's over exactly this body.</returns>
    bool IsSignatureValid(ReadOnlySpan<byte> body, string signature, NotificationSigningKey key);
}
