using System.Globalization;
using System.Text.Json.Nodes;
using ConnectWise.Simulator.Api;
using ConnectWise.Simulator.Resources;
using ConnectWise.Simulator.Schemas;
using ConnectWise.Simulator.Storage;

namespace ConnectWise.Simulator;

/// <summary>
/// The simulator's thread-safe in-memory data: one table of JSON records per resource, named by its route under
/// <c>apis/3.0/</c> (e.g. "company/companies", "finance/agreements/{parentId}/additions"). Records handed out are
/// copies; change data through <see cref="Add"/>, <see cref="Update"/>, <see cref="Remove"/> or the API.
/// </summary>
public sealed class SimulatorStore
{
    private const string SeedMember = "Simulator";

    private readonly Lock _gate = new();
    private readonly Dictionary<string, ResourceTable> _tables = new(StringComparer.OrdinalIgnoreCase);
    private readonly TimeProvider _clock;
    private readonly Func<string> _apiBaseUrl;
    private int _lastItemId;

    internal SimulatorStore(TimeProvider clock, Func<string> apiBaseUrl)
    {
        _clock = clock;
        _apiBaseUrl = apiBaseUrl;
        Invoicing = new AgreementInvoicing(this);
        foreach (var resource in ResourceCatalog.All)
        {
            _tables[resource.Route] = new ResourceTable(resource.NaturalKey);
        }
    }

    /// <summary>The agreements' invoicing state (last and next invoice date), which tests and seeds set.</summary>
    public AgreementInvoicing Invoicing { get; }

    /// <summary>The resource names the store holds.</summary>
    public IReadOnlyCollection<string> Resources => [.. ResourceCatalog.All.Select(resource => resource.Route)];

    /// <summary>Copies of every record of a resource, ordered by id.</summary>
    /// <param name="resource">The resource route, e.g. "company/companies".</param>
    /// <returns>The records.</returns>
    public IReadOnlyList<JsonObject> All(string resource) =>
        [.. Rows(resource).Select(row => row.DeepClone().AsObject())];

    /// <summary>A copy of one record, or null when there is none with that id.</summary>
    /// <param name="resource">The resource route.</param>
    /// <param name="id">The record id.</param>
    /// <returns>The record or null.</returns>
    public JsonObject? Get(string resource, int id) => Row(resource, id)?.DeepClone().AsObject();

    /// <summary>The number of records of a resource.</summary>
    /// <param name="resource">The resource route.</param>
    /// <returns>The count.</returns>
    public int Count(string resource)
    {
        lock (_gate)
        {
            return Table(resource).Rows.Count;
        }
    }

    /// <summary>
    /// Stores a copy of a record without validation or natural-key check, giving it the next id unless it carries a
    /// positive "id", stamping <c>_info.dateEntered</c>/<c>lastUpdated</c> from the clock, and expanding references
    /// that name stored records (<c>{"id":1}</c> becomes <c>{"id":1,"name":"Active","_info":{…}}</c>).
    /// </summary>
    /// <param name="resource">The resource route.</param>
    /// <param name="record">The record; it is copied, not kept.</param>
    /// <returns>The id of the stored record.</returns>
    public int Add(string resource, JsonObject record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var copy = record.DeepClone().AsObject();
        if (ResourceCatalog.Find(resource) is { } definition)
        {
            // Seeds may name records that do not exist; those references are kept as given.
            new ReferenceResolver(this, SchemaCatalog.Default, _apiBaseUrl())
                .Resolve(copy, SchemaCatalog.Default.Rules(definition.SchemaName), definition.ObjectName, fillDefaults: false);
        }

        lock (_gate)
        {
            return InsertLocked(Table(resource), copy, SeedMember);
        }
    }

    /// <summary>Changes a stored record through a callback on a copy, then stores the copy and stamps <c>lastUpdated</c>.</summary>
    /// <param name="resource">The resource route.</param>
    /// <param name="id">The record id.</param>
    /// <param name="change">Edits the copy.</param>
    /// <returns>False when there is no such record.</returns>
    public bool Update(string resource, int id, Action<JsonObject> change)
    {
        ArgumentNullException.ThrowIfNull(change);
        lock (_gate)
        {
            var table = Table(resource);
            if (!table.Rows.TryGetValue(id, out var current))
            {
                return false;
            }

            var copy = current.DeepClone().AsObject();
            change(copy);
            copy["id"] = id;
            Stamp(copy, current, SeedMember);
            table.Set(id, JsonPaths.Materialize(copy));
            return true;
        }
    }

    /// <summary>Deletes a record.</summary>
    /// <param name="resource">The resource route.</param>
    /// <param name="id">The record id.</param>
    /// <returns>False when there was no such record.</returns>
    public bool Remove(string resource, int id)
    {
        lock (_gate)
        {
            return Table(resource).Remove(id);
        }
    }

    /// <summary>Deletes every record of a resource (ids keep counting up).</summary>
    /// <param name="resource">The resource route.</param>
    public void Clear(string resource)
    {
        lock (_gate)
        {
            Table(resource).Clear();
        }
    }

    /// <summary>
    /// Adds the records of a JSON object whose properties are resource routes and whose values are arrays of records,
    /// e.g. <c>{"company/companies":[{"identifier":"ACME","name":"Acme"}]}</c>.
    /// </summary>
    /// <param name="json">The seed document.</param>
    /// <returns>The number of records added.</returns>
    public int Load(string json)
    {
        var document = JsonNode.Parse(json) as JsonObject
            ?? throw new ArgumentException("A seed document must be a JSON object of resource arrays.", nameof(json));
        var added = 0;
        foreach (var (resource, records) in document)
        {
            foreach (var record in (records as JsonArray ?? []).OfType<JsonObject>())
            {
                Add(resource, record);
                added++;
            }
        }

        return added;
    }

    /// <summary>The next id for an item of a numbered array (e.g. communicationItems), unique across the store.</summary>
    internal int NextItemId() => Interlocked.Increment(ref _lastItemId);

    /// <summary>The stored rows themselves (never to be changed), ordered by id.</summary>
    internal IReadOnlyList<JsonObject> Rows(string resource)
    {
        lock (_gate)
        {
            return [.. Table(resource).Rows.Values];
        }
    }

    /// <summary>The stored row of lowest id whose <c>defaultFlag</c> is true (never to be changed), or null.</summary>
    internal JsonObject? DefaultRow(string resource)
    {
        lock (_gate)
        {
            return Table(resource).FirstDefault();
        }
    }

    /// <summary>The stored row of lowest id whose top-level field is the text, ignoring case (never to be changed), or null.</summary>
    internal JsonObject? RowWithText(string resource, string field, string value)
    {
        lock (_gate)
        {
            return Table(resource).FirstWithText(field, value);
        }
    }

    /// <summary>The stored row itself (never to be changed), or null.</summary>
    internal JsonObject? Row(string resource, int id)
    {
        lock (_gate)
        {
            return Table(resource).Rows.GetValueOrDefault(id);
        }
    }

    /// <summary>Stores a new record unless another has the same natural key; the record becomes the store's.</summary>
    internal WriteOutcome TryInsert(string resource, JsonObject record, string? naturalKey, string member, out int id, string? numberedField = null)
    {
        lock (_gate)
        {
            var table = Table(resource);
            if (table.Collides(record, naturalKey, exceptId: null))
            {
                id = 0;
                return WriteOutcome.Duplicate;
            }

            record.Remove("id");
            id = InsertLocked(table, record, member);
            if (numberedField is not null && string.IsNullOrEmpty(record[numberedField]?.ToString()))
            {
                // Not yet visible to readers: the row is only published when this lock is released.
                record[numberedField] = id.ToString(CultureInfo.InvariantCulture);
            }

            return WriteOutcome.Done;
        }
    }

    /// <summary>Replaces a record unless it is gone or another has the same natural key; the record becomes the store's.</summary>
    internal WriteOutcome TryReplace(string resource, int id, JsonObject record, string? naturalKey, string member)
    {
        lock (_gate)
        {
            var table = Table(resource);
            if (!table.Rows.TryGetValue(id, out var current))
            {
                return WriteOutcome.NotFound;
            }

            if (table.Collides(record, naturalKey, exceptId: id))
            {
                return WriteOutcome.Duplicate;
            }

            record["id"] = id;
            Stamp(record, current, member);
            table.Set(id, JsonPaths.Materialize(record));
            return WriteOutcome.Done;
        }
    }

    private int InsertLocked(ResourceTable table, JsonObject record, string member)
    {
        var id = JsonPaths.TryGetInt(record["id"], out var given) && given > 0 ? given : table.NextId;
        table.NextId = Math.Max(table.NextId, id + 1);
        record["id"] = id;
        Stamp(record, previous: null, member);
        table.Set(id, JsonPaths.Materialize(record));
        return id;
    }

    private void Stamp(JsonObject record, JsonObject? previous, string member)
    {
        var now = _clock.GetUtcNow().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        if (record["_info"] is not JsonObject info)
        {
            info = [];
            record["_info"] = info;
        }

        var earlier = previous?["_info"] as JsonObject;
        info["lastUpdated"] = now;
        info["updatedBy"] = member;
        info["dateEntered"] = (string?)earlier?["dateEntered"] ?? (string?)info["dateEntered"] ?? now;
        info["enteredBy"] = (string?)earlier?["enteredBy"] ?? (string?)info["enteredBy"] ?? member;
    }

    private ResourceTable Table(string resource) =>
        _tables.TryGetValue(resource.Trim('/'), out var table)
            ? table
            : throw new ArgumentException(
                $"Unknown resource '{resource}'. Known: {string.Join(", ", _tables.Keys)}.", nameof(resource));
}
