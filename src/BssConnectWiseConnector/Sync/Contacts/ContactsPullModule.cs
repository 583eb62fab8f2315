using System.Globalization;
using Bss.IntegrationFramework;
using BssConnectWiseConnector.Clients;
using BssConnectWiseConnector.Mapping;
using BssConnectWiseConnector.Sync.Merge;
using BssContact = Bss.IntegrationFramework.Contact;
using CwContact = BssConnectWiseConnector.Models.Contact;

namespace BssConnectWiseConnector.Sync.Contacts;

/// <summary>
/// Pulls ConnectWise contacts as BSS contacts, merged field by field into the contacts the BSS has
/// (<see cref="PullMerge{TRemote, TRecord}"/>); inactive contacts are reported as deleted.
/// </summary>
internal sealed class ContactsPullModule : IncrementalPullModule<CwContact, BssContact>
{
    private readonly PullMerge<CwContact, BssContact> _merge;

    /// <summary>Initializes a new instance of the <see cref="ContactsPullModule"/> class.</summary>
    /// <param name="contacts">The contacts client.</param>
    /// <param name="merge">The merge into the BSS's contacts.</param>
    /// <param name="context">The session's shared context.</param>
    public ContactsPullModule(IResourceClient<CwContact> contacts, PullMerge<CwContact, BssContact> merge, ModuleContext context)
        : base(contacts, context)
    {
        _merge = merge;
    }

    /// <inheritdoc />
    protected override string Module => BssModules.Contacts;

    /// <inheritdoc />
    protected override int? IdOf(CwContact remote) => remote?.Id;

    /// <inheritdoc />
    protected override IEnumerable<(string Module, int? RemoteId)> ReferencesOf(CwContact remote) => [(BssModules.Accounts, remote?.Company?.Id)];

    /// <inheritdoc />
    protected override async Task<PulledRecord<BssContact>> MapAsync(CwContact remote, IntegrationLink? link, PageReferences references, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(remote);
        ArgumentNullException.ThrowIfNull(references);
        var remoteId = remote.Id!.Value.ToString(CultureInfo.InvariantCulture);
        var bssId = link?.BssId ?? string.Empty;
        var mapped = await MapContactAsync(remote, bssId, references, cancellationToken).ConfigureAwait(false);
        return await _merge.MergeAsync(remote, mapped, remoteId, remote.InactiveFlag == true, link, c => MapContactAsync(c, bssId, references, cancellationToken), cancellationToken).ConfigureAwait(false);
    }

    private static async Task<MappedPull<BssContact>> MapContactAsync(CwContact contact, string bssId, PageReferences references, CancellationToken cancellationToken)
    {
        var accountId = await references.BssIdAsync(BssModules.Accounts, contact.Company?.Id, cancellationToken).ConfigureAwait(false);
        var record = ContactFromCwContactMapper.Map(contact, bssId, accountId ?? string.Empty);
        IReadOnlySet<string> unresolved = contact.Company?.Id is not null && accountId is null ? new HashSet<string>(["accountId"], StringComparer.Ordinal) : new HashSet<string>();
        return new MappedPull<BssContact>(record, unresolved);
    }
}
