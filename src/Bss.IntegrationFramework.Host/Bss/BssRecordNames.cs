using System.Text.Json;

namespace Bss.IntegrationFramework.Host.Bss;

/// <summary>Names records for reports: an account's name, a contact's full name, an invoice's number, ...</summary>
internal static class BssRecordNames
{
    /// <summary>Gets a display name for a record.</summary>
    /// <param name="record">The record.</param>
    /// <returns>The name, or <see langword="null"/>.</returns>
    public static string? Describe(BssRecord record) => record switch
    {
        Account a => a.Name,
        Contact c => string.Join(' ', new[] { c.FirstName, c.LastName }.Where(p => !string.IsNullOrWhiteSpace(p))),
        Product p => p.Name,
        Subscription s => s.Name,
        Order o => o.Number,
        Invoice i => i.Number,
        Payment p => p.Reference,
        _ => null,
    };

    /// <summary>Loads the names of the records of the given modules.</summary>
    /// <param name="records">The BSS records.</param>
    /// <param name="modules">The modules.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>Names by module and BSS id.</returns>
    public static async Task<Dictionary<(string Module, string BssId), string>> LoadAsync(BssRecordStore records, IEnumerable<string> modules, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(records);
        var names = new Dictionary<(string, string), string>();
        foreach (var entity in modules.Distinct(StringComparer.Ordinal).Select(BssEntity.ForModule).OfType<BssEntity>())
        {
            await foreach (var json in records.ReadJsonAsync(entity, cancellationToken).ConfigureAwait(false))
            {
                if (JsonSerializer.Deserialize(json, entity.RecordType, BssJson.Options) is BssRecord record && Describe(record) is { Length: > 0 } name)
                {
                    names[(entity.Module, record.Id)] = name;
                }
            }
        }

        return names;
    }

    /// <summary>Loads the names of the given records, with one query per entity.</summary>
    /// <param name="records">The BSS records.</param>
    /// <param name="keys">The module and BSS id of each record.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>Names by module and BSS id.</returns>
    public static async Task<Dictionary<(string Module, string BssId), string>> LoadAsync(BssRecordStore records, IEnumerable<(string Module, string BssId)> keys, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(keys);
        var names = new Dictionary<(string, string), string>();
        foreach (var module in keys.GroupBy(k => k.Module, StringComparer.Ordinal))
        {
            if (BssEntity.ForModule(module.Key) is not { } entity)
            {
                continue;
            }

            var ids = module.Select(k => k.BssId).ToHashSet(StringComparer.Ordinal);
            foreach (var (id, name) in await records.GetNamesAsync(entity, ids, cancellationToken).ConfigureAwait(false))
            {
                names[(module.Key, id)] = name;
            }
        }

        return names;
    }
}
