using System.Text.Json;

namespace Bss.IntegrationFramework.Host.Bss;

/// <summary>
/// Reads a BSS records file (<c>schemas/bss-records.schema.json</c>): one object with optional arrays
/// <c>accounts</c>, <c>contacts</c>, <c>products</c>, <c>subscriptions</c>, <c>orders</c>, <c>invoices</c>,
/// <c>payments</c>. Every record is read on its own, so every invalid one is reported at once.
/// </summary>
internal static class BssFileReader
{
    /// <summary>Reads and validates a file.</summary>
    /// <param name="path">The file.</param>
    /// <param name="knownIds">Ids already in the BSS store, by entity name, for references.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The records and the problems.</returns>
    /// <exception cref="HostException">The file cannot be read or is not a JSON object.</exception>
    public static async Task<BssFileContent> ReadAsync(string path, IReadOnlyDictionary<string, IReadOnlySet<string>> knownIds, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            throw new HostException($"BSS records file {Path.GetFullPath(path)} does not exist.");
        }

        var stream = File.OpenRead(path);
        await using (stream.ConfigureAwait(false))
        {
            JsonDocument document;
            try
            {
                document = await JsonDocument.ParseAsync(stream, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip }, cancellationToken).ConfigureAwait(false);
            }
            catch (JsonException ex)
            {
                throw new HostException($"{Path.GetFileName(path)} is not valid JSON: {ex.Message}", ex);
            }

            using (document)
            {
                return Read(document.RootElement, knownIds);
            }
        }
    }

    /// <summary>Reads and validates a parsed file.</summary>
    /// <param name="root">The file's root element.</param>
    /// <param name="knownIds">Ids already in the BSS store, by entity name, for references.</param>
    /// <returns>The records and the problems.</returns>
    public static BssFileContent Read(JsonElement root, IReadOnlyDictionary<string, IReadOnlySet<string>> knownIds)
    {
        ArgumentNullException.ThrowIfNull(knownIds);
        if (root.ValueKind != JsonValueKind.Object)
        {
            return new BssFileContent([], [new BssFileError("$", "a BSS records file is one JSON object with arrays such as \"accounts\"")]);
        }

        var errors = new List<BssFileError>();
        var parsed = new List<(BssEntity Entity, string Location, BssRecord Record)>();
        foreach (var property in root.EnumerateObject())
        {
            var entity = BssEntity.All.FirstOrDefault(e => string.Equals(e.Name, property.Name, StringComparison.Ordinal));
            if (entity is null)
            {
                if (!property.Name.StartsWith('$'))
                {
                    errors.Add(new BssFileError(property.Name, $"unknown entity (expected {string.Join(", ", BssEntity.All.Select(e => e.Name))})"));
                }

                continue;
            }

            if (property.Value.ValueKind != JsonValueKind.Array)
            {
                errors.Add(new BssFileError(property.Name, "must be an array"));
                continue;
            }

            var index = 0;
            foreach (var element in property.Value.EnumerateArray())
            {
                var location = $"{entity.Name}[{index++}]";
                var record = Deserialize(entity, element, location, errors);
                if (record is not null)
                {
                    parsed.Add((entity, string.IsNullOrEmpty(record.Id) ? location : $"{location} (id {record.Id})", record));
                }
            }
        }

        errors.AddRange(BssRecordValidator.Validate(parsed, knownIds));
        var ordered = parsed
            .OrderBy(p => BssEntity.All.ToList().IndexOf(p.Entity))
            .Select(p => p.Record)
            .ToList();
        return new BssFileContent(ordered, errors);
    }

    private static BssRecord? Deserialize(BssEntity entity, JsonElement element, string location, List<BssFileError> errors)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            errors.Add(new BssFileError(location, "must be an object"));
            return null;
        }

        try
        {
            return (BssRecord?)element.Deserialize(entity.RecordType, BssJson.Options)
                ?? throw new JsonException("the record is null");
        }
        catch (JsonException ex)
        {
            var id = element.TryGetProperty("id", out var idElement) && idElement.ValueKind == JsonValueKind.String ? $" (id {idElement.GetString()})" : string.Empty;
            var where = string.IsNullOrEmpty(ex.Path) || ex.Path == "$" ? string.Empty : $" at {ex.Path.TrimStart('$', '.')}";
            errors.Add(new BssFileError(location + id, $"cannot be read{where}: {FirstSentence(ex.Message)}"));
            return null;
        }
    }

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(". Path:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }
}
