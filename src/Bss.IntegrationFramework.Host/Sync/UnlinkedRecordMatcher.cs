using Bss.IntegrationFramework.Host.Bss;

namespace Bss.IntegrationFramework.Host.Sync;

/// <summary>
/// Finds the BSS record a pulled remote record already is, when they are not linked: an account by its code, a
/// contact by its account and e-mail (or name), a product by its code (<see cref="BssMatchKey"/>). Without it, a record
/// whose create answer was lost would come back from a pull as a second BSS record instead of being linked to the
/// first. Built per page, only for the keys of the page's unlinked records, with one indexed query.
/// </summary>
internal sealed class UnlinkedRecordMatcher
{
    private static readonly UnlinkedRecordMatcher Empty = new([]);

    private readonly Dictionary<string, string> _bssIdByKey;

    private UnlinkedRecordMatcher(Dictionary<string, string> bssIdByKey)
    {
        _bssIdByKey = bssIdByKey;
    }

    /// <summary>Finds the BSS records of a module that are not linked yet and have the keys of the given pulled records.</summary>
    /// <param name="records">The BSS store.</param>
    /// <param name="instanceId">The instance whose links count.</param>
    /// <param name="module">The module.</param>
    /// <param name="pulled">The pulled records that have no link.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The matcher.</returns>
    public static async Task<UnlinkedRecordMatcher> LoadAsync(BssRecordStore records, long instanceId, string module, IEnumerable<BssRecord> pulled, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(pulled);
        var keys = pulled.Select(BssMatchKey.Of).OfType<string>().ToHashSet(StringComparer.Ordinal);
        if (keys.Count == 0 || BssEntity.ForModule(module) is not { } entity)
        {
            return Empty;
        }

        var index = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (id, key) in await records.FindUnlinkedAsync(entity, instanceId, module, keys, cancellationToken).ConfigureAwait(false))
        {
            // Two unlinked BSS records with one key are ambiguous: match neither rather than guess.
            if (!index.TryAdd(key, id))
            {
                index[key] = string.Empty;
            }
        }

        return new UnlinkedRecordMatcher(index);
    }

    /// <summary>Finds the unlinked BSS record a pulled record is, and claims it so no other pulled record takes it.</summary>
    /// <param name="pulled">The pulled record.</param>
    /// <returns>The BSS id, or <see langword="null"/> when none matches.</returns>
    public string? Claim(BssRecord pulled)
    {
        if (BssMatchKey.Of(pulled) is not { } key || !_bssIdByKey.Remove(key, out var bssId) || bssId.Length == 0)
        {
            return null;
        }

        return bssId;
    }
}
