using System.Globalization;
using Bss.IntegrationFramework;
using BssConnectWiseConnector.Clients;
using BssConnectWiseConnector.Http;
using BssConnectWiseConnector.Mapping;
using BssConnectWiseConnector.Models;
using BssConnectWiseConnector.Sync.Dependencies;
using BssContact = Bss.IntegrationFramework.Contact;
using CwContact = BssConnectWiseConnector.Models.Contact;

using BssConnectWiseConnector.Sync.Pipeline;


namespace BssConnectWiseConnector.Sync.Contacts;

/// <summary>
/// Pushes BSS contacts as ConnectWise contacts of their account's company (pushing the account first when it is
/// not linked yet), matched by company and e-mail (or name); communication items are merged with those the
/// contact already has, never duplicated.
/// </summary>
internal sealed class ContactsPushModule : FlatRecordPush<BssContact, CwContact>
{
    /// <summary>The fields the connector owns on a contact.</summary>
    internal static readonly IReadOnlyList<string> ContactFields = ["firstName", "lastName", "title", "company", "communicationItems", "inactiveFlag"];

    private readonly IResourceClient<CwContact> _contacts;
    private readonly ContactMapper _mapper;
    private readonly IDependencyResolver<Account> _accounts;
    private readonly NaturalKeyLookup<CwContact> _lookup;

    /// <summary>Initializes a new instance of the <see cref="ContactsPushModule"/> class.</summary>
    /// <param name="contacts">The contacts client.</param>
    /// <param name="mapper">The contact mapper.</param>
    /// <param name="accounts">Resolves, or pushes first, the contact's account.</param>
    /// <param name="context">The session's shared context.</param>
    public ContactsPushModule(IResourceClient<CwContact> contacts, ContactMapper mapper, IDependencyResolver<Account> accounts, ModuleContext context)
        : base(context)
    {
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
    protected override string Module => BssModules.Contacts;

    /// <inheritdoc />
    protected override string RemoteName => "contact";

    /// <inheritdoc />
    protected override IReadOnlyList<string> ManagedFields => ContactFields;

    /// <summary>Gets the ConnectWise fields a link's snapshot holds: the managed fields, and those written on create only.</summary>
    public IReadOnlyList<string> BaselineFields { get; } = ContactFields;

    /// <summary>Fingerprints a record as a push of it would (what its pull leaves a link agreeing with).</summary>
    /// <param name="record">The record.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The fingerprint.</returns>
    public Task<string?> FingerprintAsync(BssContact record, CancellationToken cancellationToken) =>
        FingerprintAsync(new PushItem<BssContact>(record, SyncOperation.Update), cancellationToken);

    /// <summary>Fingerprints a contact from local data: the record (without its id) and its account's link.</summary>
    /// <param name="item">The record.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The fingerprint.</returns>
    protected override async Task<string?> FingerprintAsync(PushItem<BssContact> item, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        var account = string.IsNullOrWhiteSpace(item.Record.AccountId) ? null
            : (await Context.Links.GetManyAsync(BssModules.Accounts, [item.Record.AccountId], cancellationToken).ConfigureAwait(false)).GetValueOrDefault(item.Record.AccountId)?.RemoteId;
        return Fingerprint.Of("contacts/1", item.Record with { Id = string.Empty }, account);
    }

    /// <inheritdoc />
    protected override async Task<IReadOnlyList<PushItem<BssContact>>> ResolveReferencesAsync(IReadOnlyList<PushItem<BssContact>> items, PushOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(items);
        await _accounts.ResolveAsync(items.Where(i => i.Operation != SyncOperation.Delete).Select(i => i.Record.AccountId), options, cancellationToken).ConfigureAwait(false);
        return items;
    }

    /// <inheritdoc />
    protected override async Task<MappedRecord<CwContact>> MapAsync(PushItem<BssContact> item, IntegrationLink? link, PushOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        var account = await _accounts.ResolveAsync(item.Record.AccountId, options, cancellationToken).ConfigureAwait(false);
        if (account.FailureKind is { } kind)
        {
            return MappedRecord<CwContact>.Failed(kind, account.Reason!);
        }

        var contact = _mapper.Map(item.Record, new ContactMappingContext(account.RemoteId ?? 0)) with { InactiveFlag = false };
        return MappedRecord<CwContact>.FromProblems(ContactRules.Check(contact), [])
            ?? MappedRecord<CwContact>.Ready(contact, ContactKeys.Of(contact));
    }

    /// <inheritdoc />
    protected override Task<IReadOnlyList<CwContact>> FindByNaturalKeysAsync(IReadOnlyCollection<string> naturalKeys, CancellationToken cancellationToken) =>
        // The batch's companies' contacts, matched by key locally; for many companies, one index of all contacts when cheaper.
        _lookup.FindAsync(naturalKeys, cancellationToken);

    /// <inheritdoc />
    protected override string? NaturalKeyOf(CwContact remote) => ContactKeys.Of(remote);

    /// <inheritdoc />
    protected override IEnumerable<string> NaturalKeysOf(CwContact remote) => ContactKeys.All(remote);

    /// <inheritdoc />
    protected override int? IdOf(CwContact remote) => remote?.Id;

    /// <inheritdoc />
    protected override Task<CwContact> CreateAsync(CwContact payload, CancellationToken cancellationToken) =>
        _contacts.CreateAsync(payload, cancellationToken);

    /// <inheritdoc />
    protected override async Task PatchAsync(int id, IReadOnlyList<PatchOperation> operations, CancellationToken cancellationToken)
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
    protected override async Task<PushResult> DeleteAsync(PushItem<BssContact> item, IntegrationLink? link, PushOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(options);
        if (link is null || !int.TryParse(link.RemoteId, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            return Result(item, PushOutcome.Skipped, null, "The contact was never pushed, so there is nothing to deactivate.");
        }

        var change = new FieldChange("inactiveFlag", "false", "true");
        if (!options.DryRun)
        {
            await _contacts.PatchAsync(id, [PatchOperation.Replace("inactiveFlag", true)], cancellationToken).ConfigureAwait(false);
        }

        return Result(item, PushOutcome.Updated, link.RemoteId, "Deleted in the BSS: the contact is marked inactive in ConnectWise, not erased.", [change]);
    }
}
