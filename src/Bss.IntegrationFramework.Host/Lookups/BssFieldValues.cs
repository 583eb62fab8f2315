using System.Text.Json;
using Bss.IntegrationFramework.Host.Bss;

namespace Bss.IntegrationFramework.Host.Lookups;

/// <summary>
/// Collects the distinct values a BSS field takes in the store, the values a lookup must map. The values are kept in
/// the store with the entity's revision (bumped by every statement that writes its records), so the alert that judges
/// unmapped values after each run reads every record only when records changed, not on every run: an incremental
/// run with nothing to do stays flat in the number of stored records.
/// </summary>
/// <param name="records">The BSS records.</param>
internal sealed class BssFieldValues(BssRecordStore records)
{
    /// <summary>Gets the distinct non-empty values of a field of a module's records, sorted.</summary>
    /// <param name="module">The module whose entity holds the field.</param>
    /// <param name="field">The camelCase field name; nested fields with dots (<c>billingAddress.country</c>).</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The values.</returns>
    public async Task<IReadOnlyList<string>> GetAsync(string module, string field, CancellationToken cancellationToken)
    {
        var entity = BssEntity.ForModule(module);
        if (entity is null)
        {
            return [];
        }

        var revision = await records.GetRevisionAsync(entity, cancellationToken).ConfigureAwait(false);
        if (await records.GetFieldValuesAsync(entity, field, revision, cancellationToken).ConfigureAwait(false) is { } kept)
        {
            return kept;
        }

        var values = new SortedSet<string>(StringComparer.Ordinal);
        // Read a row at a time: a pull of 100,000 companies ends here, and must not hold 100,000 JSON texts at once.
        await foreach (var json in records.ReadJsonAsync(entity, cancellationToken).ConfigureAwait(false))
        {
            using var document = JsonDocument.Parse(json);
            if (Find(document.RootElement, field) is { ValueKind: JsonValueKind.String } value && value.GetString() is { Length: > 0 } text)
            {
                values.Add(text);
            }
        }

        // Kept with the revision read before the records: a write in between leaves them older than the store, and
        // the next call reads again.
        IReadOnlyList<string> found = [.. values];
        await records.SaveFieldValuesAsync(entity, field, revision, found, cancellationToken).ConfigureAwait(false);
        return found;
    }

    private static JsonElement? Find(JsonElement element, string path)
    {
        foreach (var part in path.Split('.'))
        {
            if (element.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            var match = element.EnumerateObject().FirstOrDefault(p => string.Equals(p.Name, part, StringComparison.OrdinalIgnoreCase));
            if (match.Value.ValueKind == JsonValueKind.Undefined)
            {
                return null;
            }

            element = match.Value;
        }

        return element;
    }
}
