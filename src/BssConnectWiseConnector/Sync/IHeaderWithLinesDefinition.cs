using Bss.IntegrationFramework;
using BssConnectWiseConnector.Clients;
using BssConnectWiseConnector.Models;
using BssConnectWiseConnector.Sync.Documents;

namespace BssConnectWiseConnector.Sync;

/// <summary>
/// What is particular to the push of one kind of document with lines (a sales order, an invoice): how a record is
/// mapped and known, which header and line fields the connector owns, where the headers are written and when ConnectWise
/// no longer lets it change. The engine, <see cref="Pipeline.HeaderWithLinesPush{TRecord, THeader}"/>, composed with
/// the definition by the module's registration, keeps every promise of a push (those of a flat record, and: the
/// batch's accounts, contacts and products resolved once, lines reconciled with what ConnectWise holds, a new header
/// linked before its lines go out, a deleted document's lines removed first). A definition never sees it.
/// </summary>
/// <typeparam name="TRecord">The BSS record type.</typeparam>
/// <typeparam name="THeader">The ConnectWise header type.</typeparam>
internal interface IHeaderWithLinesDefinition<TRecord, THeader>
    where TRecord : BssRecord
    where THeader : class
{
    /// <summary>Gets the module's name.</summary>
    string Module { get; }

    /// <summary>Gets how reasons name the BSS record, such as "order".</summary>
    string Entity { get; }

    /// <summary>Gets how reasons name the remote header, such as "sales order".</summary>
    string RemoteName { get; }

    /// <summary>Gets the client of the headers, through which the engine finds, reads, creates, patches (and deletes) them.</summary>
    IResourceClient<THeader> Headers { get; }

    /// <summary>Gets the header field the natural key is found by (an <c>in</c> condition for the whole batch), such as <c>description</c>.</summary>
    string NaturalKeyField { get; }

    /// <summary>Gets the header fields the connector owns; others are never touched by a PATCH.</summary>
    IReadOnlyList<string> ManagedFields { get; }

    /// <summary>Gets the field of a line (a procurement product) that names its document, such as <c>salesOrder</c>.</summary>
    string LineParent { get; }

    /// <summary>Gets the line fields the connector owns.</summary>
    IReadOnlyList<string> LineFields { get; }

    /// <summary>Gets a value indicating whether a linked document is read before it is changed, to see whether ConnectWise still allows edits.</summary>
    bool ReadsBeforeUpdate => false;

    /// <summary>Gets a value indicating whether a document deleted in the BSS is deleted in ConnectWise (its lines first); otherwise it is left there.</summary>
    bool Deletes => false;

    /// <summary>Reads the BSS account id of a record.</summary>
    /// <param name="record">The record.</param>
    /// <returns>The account id.</returns>
    string AccountIdOf(TRecord record);

    /// <summary>Reads the BSS contact id of a record, if it has one.</summary>
    /// <param name="record">The record.</param>
    /// <returns>The contact id.</returns>
    string? ContactIdOf(TRecord record) => null;

    /// <summary>Reads the BSS product ids of a record's lines.</summary>
    /// <param name="record">The record.</param>
    /// <returns>The product ids.</returns>
    IEnumerable<string> ProductIdsOf(TRecord record);

    /// <summary>Maps and checks one record, its account already resolved, before any write (lines with <see cref="DocumentBatch.MapLines"/>).</summary>
    /// <param name="record">The record.</param>
    /// <param name="companyId">The ConnectWise company of its account (0 when a dry run would push the account first).</param>
    /// <param name="batch">What the batch refers to.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The header and lines with the natural key, or why the record cannot be sent.</returns>
    Task<MappedRecord<DocumentPayload<THeader>>> MapAsync(TRecord record, int companyId, DocumentBatch batch, CancellationToken cancellationToken);

    /// <summary>Reads a remote header's natural key.</summary>
    /// <param name="remote">The header.</param>
    /// <returns>The key.</returns>
    string? NaturalKeyOf(THeader remote);

    /// <summary>Reads a remote header's id.</summary>
    /// <param name="remote">The header.</param>
    /// <returns>The id.</returns>
    int? IdOf(THeader remote);

    /// <summary>Attaches a line to its document.</summary>
    /// <param name="line">The line.</param>
    /// <param name="documentId">The document's id.</param>
    /// <returns>The attached line.</returns>
    ProcurementProduct Attach(ProcurementProduct line, int documentId);

    /// <summary>Tells why a remote header must not be changed (an invoice ConnectWise has closed), if it must not.</summary>
    /// <param name="current">The header as ConnectWise holds it.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The reason, or <see langword="null"/> when edits are allowed.</returns>
    Task<string?> RefusalAsync(THeader current, CancellationToken cancellationToken) => Task.FromResult<string?>(null);

    /// <summary>
    /// Tells why a remote header must not get the BSS record's change, knowing what it would become (an invoice whose
    /// type or company changed, which ConnectWise cannot change); by default the check without it.
    /// </summary>
    /// <param name="current">The header as ConnectWise holds it.</param>
    /// <param name="record">The BSS record.</param>
    /// <param name="desired">What the record maps to.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The reason, or <see langword="null"/> when the change may be sent.</returns>
    Task<string?> RefusalAsync(THeader current, TRecord record, DocumentPayload<THeader> desired, CancellationToken cancellationToken) =>
        RefusalAsync(current, cancellationToken);
}
