using System.Globalization;
using System.Net;
using Bss.IntegrationFramework;
using BssConnectWiseConnector.Clients;
using BssConnectWiseConnector.Http;
using BssConnectWiseConnector.Models;

namespace BssConnectWiseConnector.Sync.Callbacks;

/// <summary>
/// The connector's own callbacks at <c>system/callbacks</c>: one per module and receiver, recognised by both its
/// description (<see cref="DescriptionPrefix"/> and the module) and its address (the receiver's, ending in
/// <c>recordId=</c>, since ConnectWise appends the record id), so another integration's callbacks, or ours for
/// another receiver, are never changed. Every one asks ConnectWise to leave out the connector's own writes.
/// </summary>
/// <param name="callbacks">The <c>system/callbacks</c> client.</param>
internal sealed class CallbackRegistrations(IResourceClient<CallbackEntry> callbacks)
{
    /// <summary>The start of every description of ours.</summary>
    public const string DescriptionPrefix = "BssConnectWiseConnector";

    /// <summary>The address registered for a receiver: the receiver's, ending in <c>recordId=</c>.</summary>
    /// <param name="receiverUrl">The receiver.</param>
    /// <returns>The address.</returns>
    /// <exception cref="ArgumentException">The receiver is not an absolute https address (or http to a loopback address).</exception>
    public static string RegisteredUrl(Uri receiverUrl)
    {
        ArgumentNullException.ThrowIfNull(receiverUrl);
        if (!receiverUrl.IsAbsoluteUri
            || !(receiverUrl.Scheme == Uri.UriSchemeHttps || (receiverUrl.Scheme == Uri.UriSchemeHttp && IsLoopback(receiverUrl)))
            || !string.IsNullOrEmpty(receiverUrl.Fragment) || !string.IsNullOrEmpty(receiverUrl.UserInfo))
        {
            throw new ArgumentException(
                $"The public URL '{receiverUrl.GetLeftPart(UriPartial.Path)}' cannot receive callbacks: ConnectWise needs an https address it can reach (plain http only to a loopback address, for a local simulator), without a fragment or user name.",
                nameof(receiverUrl));
        }

        var text = receiverUrl.AbsoluteUri;
        return text + (string.IsNullOrEmpty(receiverUrl.Query) ? "?" : "&") + "recordId=";
    }

    /// <summary>Lists ours, for one receiver or all.</summary>
    public async Task<IReadOnlyList<NotificationRegistration>> ListAsync(Uri? receiverUrl, CancellationToken cancellationToken) =>
        [.. (await OursAsync(receiverUrl, cancellationToken).ConfigureAwait(false)).Select(c => c.Registration)];

    /// <summary>Registers each module once (idempotent), reactivating or deduplicating ours.</summary>
    public async Task<IReadOnlyList<NotificationRegistration>> RegisterAsync(Uri receiverUrl, IReadOnlyList<string> modules, IReadOnlyCollection<string> notifiable, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(modules);
        var url = RegisteredUrl(receiverUrl);
        var unknown = modules.Where(m => !notifiable.Contains(m, StringComparer.OrdinalIgnoreCase)).ToList();
        if (unknown.Count > 0 || modules.Count == 0)
        {
            throw new ArgumentException(
                $"ConnectWise cannot notify changes of {(modules.Count == 0 ? "no module" : string.Join(", ", unknown))}; the modules it can notify are {string.Join(", ", notifiable)}.",
                nameof(modules));
        }

        var ours = await OursAsync(receiverUrl, cancellationToken).ConfigureAwait(false);
        foreach (var module in modules.Distinct(StringComparer.OrdinalIgnoreCase))
        {
            var existing = ours.Where(c => string.Equals(c.Registration.Module, module, StringComparison.OrdinalIgnoreCase)).ToList();
            if (existing.Count == 0)
            {
                await callbacks.CreateAsync(NewEntry(module, url), cancellationToken).ConfigureAwait(false);
                continue;
            }

            // Two of ours for one module (an earlier enable interrupted, or run twice at once): keep the first.
            foreach (var extra in existing.Skip(1))
            {
                await callbacks.DeleteAsync(extra.Id, cancellationToken).ConfigureAwait(false);
            }

            var kept = existing[0].Entry;
            if (kept.InactiveFlag == true || kept.IsSelfSuppressedFlag != true)
            {
                await callbacks.PatchAsync(
                    existing[0].Id,
                    [PatchOperation.Replace("inactiveFlag", false), PatchOperation.Replace("isSelfSuppressedFlag", true)],
                    cancellationToken).ConfigureAwait(false);
            }
        }

        return await ListAsync(receiverUrl, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Removes ours for the receiver, and nothing else.</summary>
    public async Task<IReadOnlyList<NotificationRegistration>> UnregisterAsync(Uri receiverUrl, CancellationToken cancellationToken)
    {
        RegisteredUrl(receiverUrl);
        var ours = await OursAsync(receiverUrl, cancellationToken).ConfigureAwait(false);
        foreach (var callback in ours)
        {
            await callbacks.DeleteAsync(callback.Id, cancellationToken).ConfigureAwait(false);
        }

        return [.. ours.Select(c => c.Registration)];
    }

    private static CallbackEntry NewEntry(string module, string url) => new()
    {
        Description = Description(module),
        Url = url,
        ObjectId = 1,
        Type = CallbackTypes.TypeOf(module),
        Level = "owner",
        InactiveFlag = false,
        IsSelfSuppressedFlag = true,
    };

    private static string Description(string module) => $"{DescriptionPrefix} {module.ToLowerInvariant()}";

    private async Task<List<OwnCallback>> OursAsync(Uri? receiverUrl, CancellationToken cancellationToken)
    {
        var url = receiverUrl is null ? null : RegisteredUrl(receiverUrl);
        var query = new ListQuery { Conditions = Condition.Like("description", DescriptionPrefix + "*"), ForwardOnly = true };
        var ours = new List<OwnCallback>();
        await foreach (var entry in callbacks.ListAsync(query, cancellationToken).ConfigureAwait(false))
        {
            var module = CallbackTypes.ModuleOf(entry.Type);
            if (entry.Id is not { } id || module is null || entry.Url is null
                || !string.Equals(entry.Description, Description(module), StringComparison.Ordinal)
                || (url is not null && !string.Equals(entry.Url, url, StringComparison.Ordinal))
                || !Uri.TryCreate(entry.Url, UriKind.Absolute, out var address))
            {
                continue;
            }

            ours.Add(new OwnCallback(id, entry, new NotificationRegistration(
                id.ToString(CultureInfo.InvariantCulture), module, address, entry.InactiveFlag != true, entry.IsSelfSuppressedFlag == true)));
        }

        return ours;
    }

    private static bool IsLoopback(Uri url) =>
        url.IsLoopback || (IPAddress.TryParse(url.IdnHost, out var address) && IPAddress.IsLoopback(address));

    private sealed record OwnCallback(int Id, CallbackEntry Entry, NotificationRegistration Registration);
}
