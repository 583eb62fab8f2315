using Bss.IntegrationFramework;
using BssConnectWiseConnector.Http.Errors;

namespace BssConnectWiseConnector.Sync;

/// <summary>
/// What is particular to the push of one kind of ledger entry (a payment of an invoice): which record it belongs to,
/// how it is mapped, read and created, and when two entries are the same. The engine,
/// <see cref="Pipeline.LedgerEntryPush{TRecord, TParent, TEntry}"/>, composed with the definition by the module's
/// registration, keeps every promise of a push and those of a ledger: an entry is never patched (one changed in the BSS
/// is a Conflict), one parent's entries are written one after another, and before a create the parent's entries are
/// read and the same one that no other BSS record owns is adopted. A definition never sees it.
/// </summary>
/// <typeparam name="TRecord">The BSS record type.</typeparam>
/// <typeparam name="TEntry">The ConnectWise entry type, which is also what is sent.</typeparam>
internal interface ILedgerEntryDefinition<TRecord, TEntry>
    where TRecord : BssRecord
    where TEntry : class
{
    /// <summary>Gets the module's name.</summary>
    string Module { get; }

    /// <summary>Gets how reasons name an entry, such as "payment".</summary>
    string Entity { get; }

    /// <summary>Gets the module of the record an entry belongs to, pushed first when it is not linked.</summary>
    string ParentModule { get; }

    /// <summary>Gets how reasons name the record an entry belongs to, such as "invoice".</summary>
    string ParentEntity { get; }

    /// <summary>Reads the BSS id of the record an entry belongs to.</summary>
    /// <param name="record">The record.</param>
    /// <returns>The id.</returns>
    string? ParentIdOf(TRecord record);

    /// <summary>Maps and checks one record, its parent already resolved, before any write.</summary>
    /// <param name="record">The record.</param>
    /// <param name="parentId">The parent's ConnectWise id (0 when a dry run would push the parent first).</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The entry with its description as key, or why the record cannot be sent.</returns>
    Task<MappedRecord<TEntry>> MapAsync(TRecord record, int parentId, CancellationToken cancellationToken);

    /// <summary>Reads the entries a parent already has.</summary>
    /// <param name="parentId">The parent's ConnectWise id.</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    /// <returns>The entries.</returns>
    Task<IReadOnlyList<TEntry>> ReadAsync(int parentId, CancellationToken cancellationToken);

    /// <summary>Creates an entry of a parent (POST).</summary>
    /// <param name="parentId">The parent's ConnectWise id.</param>
    /// <param name="entry">The entry.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The created entry.</returns>
    Task<TEntry> CreateAsync(int parentId, TEntry entry, CancellationToken cancellationToken);

    /// <summary>Reads an entry's id.</summary>
    /// <param name="entry">The entry.</param>
    /// <returns>The id.</returns>
    int? IdOf(TEntry entry);

    /// <summary>Tells whether an entry ConnectWise holds is the one to be sent (ConnectWise keeps no reference on a payment: amount and date).</summary>
    /// <param name="remote">The entry ConnectWise holds.</param>
    /// <param name="desired">The entry to be sent.</param>
    /// <returns><see langword="true"/> when the remote one may be adopted.</returns>
    bool IsSame(TEntry remote, TEntry desired);

    /// <summary>Describes an entry for a reason, such as "80.00 on 2026-04-20".</summary>
    /// <param name="entry">The entry.</param>
    /// <returns>The description.</returns>
    string Describe(TEntry entry);

    /// <summary>Describes what a create sends, for a dry run's changes.</summary>
    /// <param name="entry">The entry.</param>
    /// <returns>The change.</returns>
    FieldChange PlannedChange(TEntry entry);

    /// <summary>Tells which setting to change when ConnectWise refuses an entry for a value a setting chose (a payment type).</summary>
    /// <param name="refusal">ConnectWise's answer.</param>
    /// <param name="entry">The entry sent.</param>
    /// <returns>The Configuration reason with its fix, or <see langword="null"/> when the refusal is not a setting's.</returns>
    string? SettingProblemOf(ConnectWiseValidationException refusal, TEntry entry) => null;
}
