using System.Globalization;
using Bss.IntegrationFramework;
using BssConnectWiseConnector.Clients;
using BssConnectWiseConnector.Mapping;
using BssConnectWiseConnector.Models;

namespace BssConnectWiseConnector.Sync.Accounts;

/// <summary>Pulls ConnectWise companies as BSS accounts; deleted companies are reported as deleted.</summary>
internal sealed class AccountsPullModule : IncrementalPullModule<Company, Account>
{
    private readonly AccountFromCompanyMapper _mapper;

    /// <summary>Initializes a new instance of the <see cref="AccountsPullModule"/> class.</summary>
    /// <param name="companies">The companies client.</param>
    /// <param name="mapper">The company mapper.</param>
    /// <param name="context">The session's shared context.</param>
    public AccountsPullModule(IResourceClient<Company> companies, AccountFromCompanyMapper mapper, ModuleContext context)
        : base(companies, context)
    {
        _mapper = mapper;
    }

    /// <inheritdoc />
    protected override string Module => BssModules.Accounts;

    /// <inheritdoc />
    protected override int? IdOf(Company remote) => remote?.Id;

    /// <inheritdoc />
    protected override async Task<PulledRecord<Account>> MapAsync(Company remote, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(remote);
        var links = Context.Links;
        var bssId = await LinkIndex.BssIdAsync(links, BssModules.Accounts, remote.Id, cancellationToken).ConfigureAwait(false);
        var parent = await LinkIndex.BssIdAsync(links, BssModules.Accounts, remote.ParentCompany?.Id, cancellationToken).ConfigureAwait(false);
        var contact = await LinkIndex.BssIdAsync(links, BssModules.Contacts, remote.DefaultContact?.Id, cancellationToken).ConfigureAwait(false);
        var account = _mapper.Map(remote, bssId ?? string.Empty, parent, contact);
        return new PulledRecord<Account>(account, remote.Id!.Value.ToString(CultureInfo.InvariantCulture), remote.DeletedFlag == true);
    }
}
