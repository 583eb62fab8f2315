using System.Globalization;
using Bss.IntegrationFramework;
using BssConnectWiseConnector.Clients;
using BssConnectWiseConnector.Http;
using BssConnectWiseConnector.Mapping;
using BssConnectWiseConnector.Models;
using BssConnectWiseConnector.Sync.Dependencies;
using BssConnectWiseConnector.Sync.Pipeline;
using BssContact = Bss.IntegrationFramework.Contact;
using CwContact = BssConnectWiseConnector.Models.Contact;

namespace BssConnectWiseConnector.Sync.Contacts;

/// <summary>
/// Pushes BSS contacts as ConnectWise contacts of their account's company (pushing the account first when it is
/// not linked yet), matched by company and e-mail (or name); communication items are merged with those the
/// contact already has, never duplicated. What every push does is the engine's, which <see cref="ContactsModule"/>
/// composes with this definition.
/// </summary>
internal sealed class ContactsPushDefinition : IFlatPushDefinition<BssContact, CwContact>
{
    /// <summary>The fields the connector owns on a contact.</summary>
    internal static readonly IReadOnlyList<string> ContactFields = ["firstName", "lastName", "title", "company", "communicationItems", "inactiveFlag"];

    private readonly IResourceClient<CwContact> _contacts;
    private readonly ContactMapper _mapper;
    private readonly IDependencyResolver<Account> _accounts;
    private readonly NaturalKeyLookup<CwContact> _lookup;
    private readonly IReferencedLinks _batchLinks;

    /// <summary>Initializes a new instance of the <see cref="ContactsPushDefinition"/> class.</summary>
    /// <param name="contacts">The contacts client.</param>
    /// <param name="mapper">The contact mapper.</param>
    /// <param name="accounts">Resolves, or pushes first, the contact's account.</param>
    /// <param name="links">The accounts' links, read once per batch.</param>
    public ContactsPushDefinition(IResourceClient<CwContact> contacts, ContactMapper mapper, IDependencyResolver<Account> accounts, IReferencedLinks links)
    {
        _batchLinks = links;
        _contacts = contacts;
        _mapper = mapper;
        _accounts = accounts;
        _lookup = new NaturalKeyLookup<CwContact>(
            contacts,
            "company/id",
            "id," + string.Join(",", ContactFields),
            ContactKeys.All,
            keys => keys.Select(ContactKeys.CompanyOf).OfType<int>().Where(id => id > 0).Distinct().Cast<object>().ToArray());
    }

    /// <inheritdoc />
    public string Module => BssModules.Contacts;

    /// <inheritdoc />
    public string RemoteName => "contact";

    /// <inheritdoc />
    public IReadOnlyList<string> ManagedFields => ContactFields;

    /// <inheritdoc />
    public IReadOnlyList<string> BaselineFields { get; } = ContactFields;

    /// <summary>Fingerprints a contact from local data: the record (without its id) and its account's link.</summary>
    /// <param name="record">The record.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The fingerprint.</returns>
    public async Task<string?> FingerprintAsync(BssContact record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        var account = (await _batchLinks.FindAsync(record, BssModules.Accounts, record.AccountId, cancellationToken).ConfigureAwait(false))?.RemoteId;
        return Fingerprint.Of("contacts/1", record with { Id = string.Empty }, account);
    }

    /// <inheritdoc />
    /// <remarks>Then reads the links of the batch's accounts at once, for the fingerprints (<see cref="IReferencedLinks"/>).</remarks>
    public async Task PrepareAsync(IReadOnlyList<PushItem<BssContact>> items, PushOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(items);
        await _accounts.ResolveAsync(items.Where(i => i.Operation != SyncOperation.Delete).Select(i => i.Record.AccountId), options, cancellationToken).ConfigureAwait(false);
        await _batchLinks.PrepareAsync(items.Select(i => i.Record), items.Select(i => (BssModules.Accounts, (string?)i.Record.AccountId)), cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<MappedRecord<CwContact>> MapAsync(PushItem<BssContact> item, IntegrationLink? link, PushOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        // The link the batch read after pushing its unlinked accounts first (PrepareAsync): no store query per contact.
        var accountId = await _batchLinks.RemoteIdAsync(item.Record, BssModules.Accounts, item.Record.AccountId, cancellationToken).ConfigureAwait(false);
        var account = accountId > 0
            ? ResolvedDependency.Linked(accountId.Value)
            : await _accounts.ResolveAsync(item.Record.AccountId, options, cancellationToken).ConfigureAwait(false);
        if (account.FailureKind is { } kind)
        {
            return MappedRecord<CwContact>.Failed(kind, account.Reason!);
        }

        var contact = _mapper.Map(item.Record, new ContactMappingContext(account.RemoteId ?? 0)) with { InactiveFlag = false };
        return MappedRecord<CwContact>.FromProblems(ContactRules.Check(contact), [])
            ?? MappedRecord<CwContact>.Ready(contact, ContactKeys.Of(contact));
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<CwContact>> FindByNaturalKeysAsync(IReadOnlyCollection<string> naturalKeys, CancellationToken cancellationToken) =>
        // The batch's companies' contacts, matched by key locally; for many companies, one index of all contacts when cheaper.
        _lookup.FindAsync(naturalKeys, cancellationToken);

    /// <inheritdoc />
    public IEnumerable<string> NaturalKeysOf(CwContact remote) => ContactKeys.All(remote);

    /// <inheritdoc />
    public int? IdOf(CwContact remote) => remote?.Id;

    /// <inheritdoc />
    public Task<CwContact> CreateAsync(CwContact payload, CancellationToken cancellationToken) =>
        _contacts.CreateAsync(payload, cancellationToken);

    /// <inheritdoc />
    public async Task PatchAsync(int id, IReadOnlyList<PatchOperation> operations, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(operations);
        var items = operations.FirstOrDefault(o => o.Path == "communicationItems");
        if (items is not null)
        {
            // ConnectWise replaces the whole array: merge into what the contact has so hand-entered items survive.
            var current = await _contacts.GetAsync(id, cancellationToken).ConfigureAwait(false);
            var desired = (items.Value as Newtonsoft.Json.Linq.JToken)?.ToObject<List<ContactCommunicationItem>>(ConnectWiseJson.Serializer) ?? [];
            var merged = CommunicationKinds.Merge(current?.CommunicationItems, desired, ContactMapper.OwnedTypes);
            operations = operations.Select(o => o == items ? PatchOperation.Replace("communicationItems", merged) : o).ToArray();
        }

        await _contacts.PatchAsync(id, operations, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<PushResult> DeleteAsync(PushItem<BssContact> item, IntegrationLink? link, PushOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(options);
        if (link is null || !int.TryParse(link.RemoteId, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            return PushResults.Of(Module, item, PushOutcome.Skipped, null, "The contact was never pushed, so there is nothing to deactivate.");
        }

        var change = new FieldChange("inactiveFlag", "false", "true");
        if (!options.DryRun)
        {
            await _contacts.PatchAsync(id, [PatchOperation.Replace("inactiveFlag", true)], cancellationToken).ConfigureAwait(false);
        }

        return PushResults.Of(Module, item, PushOutcome.Updated, link.RemoteId, "Deleted in the BSS: the contact is marked inactive in ConnectWise, not erased.", [change]);
    }
}
