using System.Collections.Concurrent;

namespace Bss.IntegrationFramework.Host.Callbacks;

/// <summary>
/// The signing keys fetched for callbacks, per instance and key address, for <see cref="Lifetime"/>: a burst of
/// callbacks costs one key request. A key that no longer verifies may be fetched again, but at most once per
/// <see cref="RefetchAfter"/> per address, so forged bodies cannot make the host hammer ConnectWise.
/// </summary>
/// <param name="time">The clock.</param>
internal sealed class SigningKeyCache(TimeProvider time)
{
    /// <summary>How long a fetched key is used.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);

    /// <summary>How old a cached key must be before a failed check fetches it again.</summary>
    public static readonly TimeSpan RefetchAfter = TimeSpan.FromSeconds(30);

    private readonly ConcurrentDictionary<(long Instance, string KeyUrl), (NotificationSigningKey Key, DateTimeOffset FetchedAt)> _keys = new();

    /// <summary>The cached key of an address, if fresh.</summary>
    public NotificationSigningKey? Find(long instanceId, Uri keyUrl, out bool mayRefetch)
    {
        ArgumentNullException.ThrowIfNull(keyUrl);
        mayRefetch = false;
        if (!_keys.TryGetValue((instanceId, keyUrl.AbsoluteUri), out var entry))
        {
            return null;
        }

        var age = time.GetUtcNow() - entry.FetchedAt;
        if (age > Lifetime)
        {
            _keys.TryRemove((instanceId, keyUrl.AbsoluteUri), out _);
            return null;
        }

        mayRefetch = age > RefetchAfter;
        return entry.Key;
    }

    /// <summary>Keeps a fetched key.</summary>
    public void Store(long instanceId, Uri keyUrl, NotificationSigningKey key)
    {
        ArgumentNullException.ThrowIfNull(keyUrl);
        _keys[(instanceId, keyUrl.AbsoluteUri)] = (key, time.GetUtcNow());
    }
}
