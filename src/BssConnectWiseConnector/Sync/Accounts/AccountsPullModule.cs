using System.Globalization;
using Bss.IntegrationFramework;
using BssConnectWiseConnector.Clients;
using BssConnectWiseConnector.Mapping;
using BssConnectWiseConnector.Models;
using BssConnectWiseConnector.Sync.Merge;

namespace BssConnectWiseConnector.Sync.Accounts;

/// <summary>
/// Pulls ConnectWise companies as BSS accounts, merged field by field into the accounts the BSS has
/// (<see cref="PullMerge{TRemote, TRecord}"/>); deleted companies are reported as deleted.
/// </summary>
internal sealed class AccountsPullModule : IncrementalPullModule<Company, Account>
{
    private readonly AccountFromCompanyMapper _mapper;
    private readonly PullMerge<Company, Account> _merge;

    /// <summary>Initializes a new instance of the <see cref="AccountsPullModule"/> class.</summary>
    /// <param name="companies">The companies client.</param>
    /// <param name="mapper">The company mapper.</param>
    /// <param name="merge">The merge into the BSS's accounts.</param>
    /// <param name="context">The session's shared context.</param>
    public AccountsPullModule(IResourceClient<Company> companies, AccountFromCompanyMapper mapper, PullMerge<Company, Account> merge, ModuleContext context)
        : base(companies, context)
    {
        _mapper = mapper;
        _merge = merge;
    }

    /// <inheritdoc />
    protected override string Module => BssModules.Accounts;

    /// <inheritdoc />
    protected override int? IdOf(Company remote) => remote?.Id;

    /// <inheritdoc />
    protected override IEnumerable<(string Module, int? RemoteId)> ReferencesOf(Company remote) =>
        [(BssModules.Accounts, remote?.ParentCompany?.Id), (BssModules.Contacts, remote?.DefaultContact?.Id)];

    /// <inheritdoc />
    protected override async Task<PulledRecord<Account>> MapAsync(Company remote, IntegrationLink? link, PageReferences references, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(remote);
        ArgumentNullException.ThrowIfNull(references);
        var remoteId = remote.Id!.Value.ToString(CultureInfo.InvariantCulture);
        var bssId = link?.BssId ?? string.Empty;
        var mapped = await MapCompanyAsync(remote, bssId, references, cancellationToken).ConfigureAwait(false);
        return await _merge.MergeAsync(remote, mapped, remoteId, remote.DeletedFlag == true, link, c => MapCompanyAsync(c, bssId, references, cancellationToken), cancellationToken).ConfigureAwait(false);
    }

    private async Task<MappedPull<Account>> MapCompanyAsync(Company company, string bssId, PageReferences references, CancellationToken cancellationToken)
    {
        var parent = await references.BssIdAsync(BssModules.Accounts, company.ParentCompany?.Id, cancellationToken).ConfigureAwait(false);
        var contact = await references.BssIdAsync(BssModules.Contacts, company.DefaultContact?.Id, cancellationToken).ConfigureAwait(false);
        var unresolved = new HashSet<string>(StringComparer.Ordinal);
        if (company.ParentCompany?.Id is not null && parent is null)
        {
            unresolved.Add("parentAccountId");
        }

        if (company.DefaultContact?.Id is not null && contact is null)
        {
            unresolved.Add("primaryContactId");
        }

        return new MappedPull<Account>(_mapper.Map(company, bssId, parent, contact), unresolved);
    }
}
