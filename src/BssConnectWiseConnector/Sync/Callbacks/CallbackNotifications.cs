using Bss.IntegrationFramework;
using BssConnectWiseConnector.Clients;
using BssConnectWiseConnector.Http;

namespace BssConnectWiseConnector.Sync.Callbacks;

/// <summary>
/// The connector's side of ConnectWise callbacks, for one session: which modules can be notified, our own
/// registrations (<see cref="CallbackRegistrations"/>), and reading and verifying a callback
/// (<see cref="CallbackPayloadReader"/>, <see cref="SigningKeyFetcher"/>, <see cref="CallbackSignature"/>).
/// </summary>
internal sealed class CallbackNotifications : IChangeNotifications
{
    private readonly CallbackRegistrations _registrations;
    private readonly SigningKeyFetcher _keys;

    /// <summary>Initializes a new instance of the <see cref="CallbackNotifications"/> class.</summary>
    /// <param name="client">The session's client.</param>
    /// <param name="transport">The instance's transport (its client follows no redirect).</param>
    /// <param name="pulls">Whether the session can pull a module.</param>
    public CallbackNotifications(IConnectWiseClient client, ConnectWiseTransport transport, Func<string, bool> pulls)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(transport);
        _registrations = new CallbackRegistrations(client.Callbacks);
        _keys = new SigningKeyFetcher(transport.CreateClient(), transport.Settings.Site);
        NotifiableModules = [.. CallbackTypes.Modules.Where(pulls)];
    }

    /// <inheritdoc />
    public IReadOnlyList<string> NotifiableModules { get; }

    /// <inheritdoc />
    public Task<IReadOnlyList<NotificationRegistration>> RegisterAsync(Uri receiverUrl, IReadOnlyList<string> modules, CancellationToken cancellationToken = default) =>
        _registrations.RegisterAsync(receiverUrl, modules, [.. NotifiableModules], cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<NotificationRegistration>> ListRegistrationsAsync(Uri? receiverUrl, CancellationToken cancellationToken = default) =>
        _registrations.ListAsync(receiverUrl, cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<NotificationRegistration>> UnregisterAsync(Uri receiverUrl, CancellationToken cancellationToken = default) =>
        _registrations.UnregisterAsync(receiverUrl, cancellationToken);

    /// <inheritdoc />
    public ChangeNotification ReadNotification(ReadOnlySpan<byte> body)
    {
        var notification = CallbackPayloadReader.Read(body);
        return notification.Module is { } module && !NotifiableModules.Contains(module, StringComparer.OrdinalIgnoreCase)
            ? notification with { Module = null }
            : notification;
    }

    /// <inheritdoc />
    public Task<NotificationSigningKey> FetchSigningKeyAsync(Uri keyUrl, CancellationToken cancellationToken = default) =>
        _keys.FetchAsync(keyUrl, cancellationToken);

    /// <inheritdoc />
    public bool IsSignatureValid(ReadOnlySpan<byte> body, string signature, NotificationSigningKey key) =>
        CallbackSignature.IsValid(body, signature, key);
}
