using Bss.IntegrationFramework;
using BssConnectWiseConnector.Http;
using Newtonsoft.Json.Linq;

namespace BssConnectWiseConnector.Sync;

/// <summary>
/// What is particular to the push of one kind of flat record (a company, a contact, a catalog item): how a record is
/// mapped and known, which fields the connector owns, and how ConnectWise is written. The engine,
/// <see cref="Pipeline.FlatRecordPush{TRecord, TRemote}"/>, composed with the definition by the module's
/// registration, keeps every promise of a push: links read once per batch, Unchanged at no request, one lookup by
/// natural key per batch, adoption, create-or-adopt recovery, bounded parallel writes, one result per item, dry run.
/// A definition never sees it.
/// </summary>
/// <typeparam name="TRecord">The BSS record type.</typeparam>
/// <typeparam name="TRemote">The ConnectWise record type, which is also what is sent.</typeparam>
internal interface IFlatPushDefinition<TRecord, TRemote>
    where TRecord : BssRecord
    where TRemote : class
{
    /// <summary>Gets the module's name.</summary>
    string Module { get; }

    /// <summary>Gets how reasons name the remote record, such as "company".</summary>
    string RemoteName { get; }

    /// <summary>Gets the ConnectWise fields the connector owns on the record; others are never touched by a PATCH.</summary>
    IReadOnlyList<string> ManagedFields { get; }

    /// <summary>Gets the ConnectWise fields a link's snapshot holds: the managed fields, and those written on create only.</summary>
    IReadOnlyList<string> BaselineFields { get; }

    /// <summary>Resolves once, before any record is planned, what the batch refers to (missing dependencies are pushed first here).</summary>
    /// <param name="items">The batch.</param>
    /// <param name="options">The push options.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>A task that completes when the batch's dependencies are resolved.</returns>
    Task PrepareAsync(IReadOnlyList<PushItem<TRecord>> items, PushOptions options, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>
    /// Fingerprints what a record's payload is made of using local data only (the record, lookup ids, settings,
    /// dependency links), so an unchanged record is recognised without mapping it; also what a pull leaves a link
    /// agreeing with.
    /// </summary>
    /// <param name="record">The record.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The fingerprint, or <see langword="null"/> to compare the mapped payload's hash instead.</returns>
    Task<string?> FingerprintAsync(TRecord record, CancellationToken cancellationToken);

    /// <summary>Maps and checks one record before any write.</summary>
    /// <param name="item">The record and its operation.</param>
    /// <param name="link">Its link, if any.</param>
    /// <param name="options">The push options.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The payload and natural key, or why the record cannot be sent.</returns>
    Task<MappedRecord<TRemote>> MapAsync(PushItem<TRecord> item, IntegrationLink? link, PushOptions options, CancellationToken cancellationToken);

    /// <summary>Finds remote records by natural key, for the whole batch at once.</summary>
    /// <param name="naturalKeys">The keys.</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    /// <returns>The records found.</returns>
    Task<IReadOnlyList<TRemote>> FindByNaturalKeysAsync(IReadOnlyCollection<string> naturalKeys, CancellationToken cancellationToken);

    /// <summary>Reads every natural key a remote record can be matched by (a company by its identifier, a contact by each e-mail address and by name).</summary>
    /// <param name="remote">The record.</param>
    /// <returns>The keys.</returns>
    IEnumerable<string> NaturalKeysOf(TRemote remote);

    /// <summary>Reads a remote record's id.</summary>
    /// <param name="remote">The record.</param>
    /// <returns>The id.</returns>
    int? IdOf(TRemote remote);

    /// <summary>Creates the remote record (POST).</summary>
    /// <param name="payload">The payload.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The created record.</returns>
    Task<TRemote> CreateAsync(TRemote payload, CancellationToken cancellationToken);

    /// <summary>Patches the remote record; the operations touch managed fields only.</summary>
    /// <param name="id">The remote id.</param>
    /// <param name="operations">The operations.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>A task that completes when ConnectWise accepted the change.</returns>
    Task PatchAsync(int id, IReadOnlyList<PatchOperation> operations, CancellationToken cancellationToken);

    /// <summary>
    /// Applies what a PATCH cannot, after a linked record's fields were patched (or found equal): such as company
    /// types, which ConnectWise changes only through type associations.
    /// </summary>
    /// <param name="remoteId">The remote id.</param>
    /// <param name="before">What was last sent, if known.</param>
    /// <param name="after">What is sent now.</param>
    /// <param name="options">The push options (a dry run only reports).</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The changes made (or, in a dry run, that would be).</returns>
    Task<IReadOnlyList<FieldChange>> AfterPatchAsync(int remoteId, JObject? before, JObject after, PushOptions options, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<FieldChange>>([]);

    /// <summary>Handles a record deleted in the BSS (a flat record is deactivated, never erased).</summary>
    /// <param name="item">The record.</param>
    /// <param name="link">Its link, if any.</param>
    /// <param name="options">The push options (a dry run only reports).</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The result.</returns>
    Task<PushResult> DeleteAsync(PushItem<TRecord> item, IntegrationLink? link, PushOptions options, CancellationToken cancellationToken);
}
