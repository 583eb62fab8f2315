using System.Text.Json;
using System.Text.Json.Nodes;

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
        var refusedIds = BssEntity.All.ToDictionary(e => e.Name, _ => new Dictionary<string, string>(StringComparer.Ordinal), StringComparer.Ordinal);
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
                var record = Deserialize(entity, element, location, errors, out var unreadableId);
                if (record is not null)
                {
                    parsed.Add((entity, string.IsNullOrEmpty(record.Id) ? location : $"{location} (id {record.Id})", record));
                }
                else if (unreadableId is not null && !IsKnown(knownIds, entity, unreadableId))
                {
                    refusedIds[entity.Name].TryAdd(unreadableId, errors[^1].Location);
                }
            }
        }

        errors.AddRange(BssRecordValidator.Validate(parsed, knownIds, refusedIds));
        var (accepted, refused) = Skip(parsed, errors, knownIds, refusedIds);
        var order = BssEntity.All.ToList();
        return new BssFileContent([.. parsed.OrderBy(p => order.IndexOf(p.Entity)).Select(p => p.Record)], errors)
        {
            Accepted = [.. accepted.OrderBy(p => order.IndexOf(p.Entity)).Select(p => p.Record)],
            Refused = refused,
        };
    }

    // What --skip-invalid loads: the records without a problem, then again without those that refer to a refused
    // record, until no reference points at one.
    private static (List<(BssEntity Entity, string Location, BssRecord Record)> Accepted, List<BssRefusal> Refused) Skip(
        List<(BssEntity Entity, string Location, BssRecord Record)> parsed,
        List<BssFileError> errors,
        IReadOnlyDictionary<string, IReadOnlySet<string>> knownIds,
        Dictionary<string, Dictionary<string, string>> refusedIds)
    {
        var reasons = new List<BssFileError>(errors);
        var refusedLocations = errors.Select(e => e.Location).ToHashSet(StringComparer.Ordinal);
        while (true)
        {
            foreach (var (entity, location, record) in parsed.Where(p => refusedLocations.Contains(p.Location)))
            {
                if (!string.IsNullOrEmpty(record.Id) && !IsKnown(knownIds, entity, record.Id))
                {
                    refusedIds[entity.Name].TryAdd(record.Id, location);
                }
            }

            var remaining = parsed.Where(p => !refusedLocations.Contains(p.Location)).ToList();
            var more = BssRecordValidator.Validate(remaining, knownIds, refusedIds).ToList();
            if (more.Count == 0)
            {
                var refused = reasons
                    .GroupBy(e => e.Location, StringComparer.Ordinal)
                    .Select(g => new BssRefusal(g.Key, [.. g.Select(e => e.Message).Distinct(StringComparer.Ordinal)]))
                    .ToList();
                return (remaining, refused);
            }

            reasons.AddRange(more);
            refusedLocations.UnionWith(more.Select(e => e.Location));
        }
    }

    private static bool IsKnown(IReadOnlyDictionary<string, IReadOnlySet<string>> knownIds, BssEntity entity, string id) =>
        knownIds.TryGetValue(entity.Name, out var known) && known.Contains(id);

    private static BssRecord? Deserialize(BssEntity entity, JsonElement element, string location, List<BssFileError> errors, out string? unreadableId)
    {
        unreadableId = null;
        if (element.ValueKind != JsonValueKind.Object)
        {
            errors.Add(new BssFileError(location, "must be an object"));
            return null;
        }

        var node = JsonNode.Parse(element.GetRawText());
        BssIdNumbers.ToText(node);
        try
        {
            return (BssRecord?)node.Deserialize(entity.RecordType, BssJson.Options)
                ?? throw new JsonException("the record is null");
        }
        catch (JsonException ex)
        {
            unreadableId = node?["id"] is JsonValue idValue && idValue.TryGetValue<string>(out var id) && !string.IsNullOrWhiteSpace(id) ? id : null;
            var where = unreadableId is null ? location : $"{location} (id {unreadableId})";
            errors.Add(new BssFileError(where, BssValueKinds.Describe(entity.RecordType, node, ex.Path)));
            return null;
        }
    }
}
