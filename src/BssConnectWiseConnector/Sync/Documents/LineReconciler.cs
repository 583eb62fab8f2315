using System.Globalization;
using Bss.IntegrationFramework;
using BssConnectWiseConnector.Clients;
using BssConnectWiseConnector.Http;
using BssConnectWiseConnector.Models;
using Newtonsoft.Json.Linq;

namespace BssConnectWiseConnector.Sync.Documents;

/// <summary>
/// Makes the lines (procurement products) of one document in ConnectWise match the BSS lines: each desired line is
/// paired with a current line of the same catalog item, in order; pairs that differ are patched, desired lines left
/// over are added, current lines left over are removed. It always starts from what ConnectWise holds now, so a run
/// cut short is completed by the next one and no line is ever added twice.
/// </summary>
internal sealed class LineReconciler
{
    private readonly IResourceClient<ProcurementProduct> _lines;
    private readonly string _parentPath;
    private readonly IReadOnlyList<string> _fields;

    /// <summary>Initializes a new instance of the <see cref="LineReconciler"/> class.</summary>
    /// <param name="lines">The procurement products client.</param>
    /// <param name="parentPath">The condition path of a line's document, such as <c>salesOrder/id</c>.</param>
    /// <param name="fields">The line fields the connector owns.</param>
    public LineReconciler(IResourceClient<ProcurementProduct> lines, string parentPath, IReadOnlyList<string> fields)
    {
        _lines = lines;
        _parentPath = parentPath;
        _fields = fields;
    }

    /// <summary>Reconciles the lines of one document.</summary>
    /// <param name="documentId">The document's ConnectWise id.</param>
    /// <param name="desired">The desired lines, attached to the document, in order.</param>
    /// <param name="knownEmpty">Whether the document was just created, so it has no line to read.</param>
    /// <param name="dryRun">Whether to only work out the changes.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The line changes for the report.</returns>
    public async Task<IReadOnlyList<FieldChange>> ReconcileAsync(int documentId, IReadOnlyList<ProcurementProduct> desired, bool knownEmpty, bool dryRun, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(desired);
        var current = knownEmpty ? [] : await ReadAsync(documentId, cancellationToken).ConfigureAwait(false);
        var queues = current
            .GroupBy(l => l.CatalogItem?.Id ?? 0)
            .ToDictionary(g => g.Key, g => new Queue<ProcurementProduct>(g.OrderBy(l => l.SequenceNumber ?? decimal.MaxValue).ThenBy(l => l.Id)));
        var changes = new List<FieldChange>();
        for (var index = 0; index < desired.Count; index++)
        {
            var line = desired[index];
            var name = string.Create(CultureInfo.InvariantCulture, $"line {index + 1}");
            if (queues.TryGetValue(line.CatalogItem?.Id ?? 0, out var queue) && queue.TryDequeue(out var existing))
            {
                await UpdateAsync(existing, line, name, changes, dryRun, cancellationToken).ConfigureAwait(false);
                continue;
            }

            if (!dryRun)
            {
                await _lines.CreateAsync(line, cancellationToken).ConfigureAwait(false);
            }

            changes.Add(new FieldChange(name, null, Describe(line)));
        }

        foreach (var leftover in queues.Values.SelectMany(q => q))
        {
            if (!dryRun && leftover.Id is { } id)
            {
                await _lines.DeleteAsync(id, cancellationToken).ConfigureAwait(false);
            }

            changes.Add(new FieldChange(string.Create(CultureInfo.InvariantCulture, $"line #{leftover.Id}"), Describe(leftover), null));
        }

        return changes;
    }

    /// <summary>Reads the current lines of a document.</summary>
    /// <param name="documentId">The document's ConnectWise id.</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    /// <returns>The lines.</returns>
    public async Task<IReadOnlyList<ProcurementProduct>> ReadAsync(int documentId, CancellationToken cancellationToken)
    {
        var found = new List<ProcurementProduct>();
        await foreach (var line in _lines.ListAsync(new ListQuery { Conditions = Condition.Equal(_parentPath, documentId), ForwardOnly = true }, cancellationToken).ConfigureAwait(false))
        {
            found.Add(line);
        }

        return found;
    }

    private static string Describe(ProcurementProduct line) => string.Create(
        CultureInfo.InvariantCulture,
        $"{line.Quantity} × catalog item {line.CatalogItem?.Id} at {line.Price}{(line.Description is { } d ? " (" + d + ")" : string.Empty)}");

    private async Task UpdateAsync(ProcurementProduct existing, ProcurementProduct line, string name, List<FieldChange> changes, bool dryRun, CancellationToken cancellationToken)
    {
        var after = JObject.FromObject(line, ConnectWiseJson.Serializer);

        // Fields the BSS leaves empty keep what ConnectWise filled in (such as the catalog's description).
        var owned = _fields.Where(f => after[f] is { Type: not JTokenType.Null }).ToArray();
        var (operations, _) = PatchDiff.Compute(JObject.FromObject(existing, ConnectWiseJson.Serializer), after, owned);
        if (operations.Count == 0)
        {
            return;
        }

        if (!dryRun && existing.Id is { } id)
        {
            await _lines.PatchAsync(id, operations, cancellationToken).ConfigureAwait(false);
        }

        changes.Add(new FieldChange(name, Describe(existing), Describe(line)));
    }
}
