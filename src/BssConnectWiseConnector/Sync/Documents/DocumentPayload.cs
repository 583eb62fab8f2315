using BssConnectWiseConnector.Models;
using Newtonsoft.Json;

namespace BssConnectWiseConnector.Sync.Documents;

/// <summary>
/// What a push of a document with lines sends: the header and its lines. Its snapshot hashes both, so a change of
/// any line makes the record changed while an untouched one still costs no request.
/// </summary>
/// <typeparam name="THeader">The ConnectWise header type.</typeparam>
/// <param name="Header">The header (a sales order, an invoice).</param>
/// <param name="Lines">The lines, not yet attached to the header; <see langword="null"/> when not sent yet.</param>
internal sealed record DocumentPayload<THeader>(
    [property: JsonProperty("header")] THeader Header,
    [property: JsonProperty("lines")] IReadOnlyList<ProcurementProduct>? Lines)
    where THeader : class;
