using Bss.IntegrationFramework.Host.Bss;

namespace Bss.IntegrationFramework.Host.Sync;

/// <summary>
/// Finds the BSS record a pulled remote record already is, when they are not linked: an account by its code, a
/// contact by its account and e-mail (or name), a product by its code. Without it, a record whose create answer was
/// lost would come back from a pull as a second BSS record instead of being linked to the first.
/// </summary>
internal sealed class UnlinkedRecordMatcher
{
    private readonly Dictionary<string, string> _bssIdByKey;

    private UnlinkedRecordMatcher(Dictionary<string, string> bssIdByKey)
    {
        _bssIdByKey = bssIdByKey;
    }

    /// <summary>Indexes the BSS records of a module that are not linked yet.</summary>
    /// <typeparam name="TRecord">The BSS record type.</typeparam>
    /// <param name="records">The BSS store.</param>
    /// <param name="links">The instance's links.</param>
    /// <param name="module">The module.</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    /// <returns>The matcher.</returns>
    public static async Task<UnlinkedRecordMatcher> LoadAsync<TRecord>(BssRecordStore records, IIntegrationLinkStore links, string module, CancellationToken cancellationToken)
        where TRecord : BssRecord
    {
        var index = new Dictionary<string, string>(StringComparer.Ordinal);
        var all = await records.ListAsync<TRecord>(cancellationToken).ConfigureAwait(false);
        var keyed = all.Select(r => (Record: r, Key: KeyOf(r))).Where(r => r.Key is not null).ToArray();
        if (keyed.Length == 0)
        {
            return new UnlinkedRecordMatcher(index);
        }

        var linked = await links.GetManyAsync(module, keyed.Select(r => r.Record.Id).ToArray(), cancellationToken).ConfigureAwait(false);
        foreach (var (record, key) in keyed.Where(r => !linked.ContainsKey(r.Record.Id)))
        {
            // Two unlinked BSS records with one key are ambiguous: match neither rather than guess.
            if (!index.TryAdd(key!, record.Id))
            {
                index[key!] = string.Empty;
            }
        }

        return new UnlinkedRecordMatcher(index);
    }

    /// <summary>Finds the unlinked BSS record a pulled record is, and claims it so no other pulled record takes it.</summary>
    /// <param name="pulled">The pulled record.</param>
    /// <returns>The BSS id, or <see langword="null"/> when none matches.</returns>
    public string? Claim(BssRecord pulled)
    {
        if (KeyOf(pulled) is not { } key || !_bssIdByKey.Remove(key, out var bssId) || bssId.Length == 0)
        {
            return null;
        }

        return bssId;
    }

    private static string? KeyOf(BssRecord record) => record switch
    {
        Account { Code: { Length: > 0 } code } => "account:" + code.Trim().ToUpperInvariant(),
        Product { Code: { Length: > 0 } code } => "product:" + code.Trim().ToUpperInvariant(),
        Contact { AccountId: { Length: > 0 } account, Email: { Length: > 0 } email } => $"contact:{account}|{email.Trim().ToLowerInvariant()}",
        Contact { AccountId: { Length: > 0 } account } contact when !string.IsNullOrWhiteSpace(contact.LastName) =>
            $"contact:{account}|{contact.FirstName?.Trim().ToLowerInvariant()} {contact.LastName.Trim().ToLowerInvariant()}",
        _ => null,
    };
}
