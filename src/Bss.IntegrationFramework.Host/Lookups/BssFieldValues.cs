using System.Text.Json;
using Bss.IntegrationFramework.Host.Bss;

namespace Bss.IntegrationFramework.Host.Lookups;

/// <summary>Collects the distinct values a BSS field takes in the store, the values a lookup must map.</summary>
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

        var values = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var json in await records.ListJsonAsync(entity, cancellationToken).ConfigureAwait(false))
        {
            using var document = JsonDocument.Parse(json);
            if (Find(document.RootElement, field) is { ValueKind: JsonValueKind.String } value && value.GetString() is { Length: > 0 } text)
            {
                values.Add(text);
            }
        }

        return [.. values];
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
