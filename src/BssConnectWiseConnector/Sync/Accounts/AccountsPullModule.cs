using System.Globalization;
using System.Runtime.CompilerServices;
using Bss.IntegrationFramework;
using BssConnectWiseConnector.Clients;
using BssConnectWiseConnector.Mapping;
using BssConnectWiseConnector.Models;

namespace BssConnectWiseConnector.Sync.Accounts;

/// <summary>
/// Pulls ConnectWise companies as BSS accounts: all of them, or those changed since the cursor, in forward-only
/// pages; deleted companies are reported as deleted.
/// </summary>
internal sealed class AccountsPullModule : IPullModule<Account>
{
    private readonly IResourceClient<Company> _companies;
    private readonly AccountFromCompanyMapper _mapper;
    private readonly SyncModuleContext _context;

    /// <summary>Initializes a new instance of the <see cref="AccountsPullModule"/> class.</summary>
    /// <param name="companies">The companies client.</param>
    /// <param name="mapper">The company mapper.</param>
    /// <param name="context">The session's shared context.</param>
    public AccountsPullModule(IResourceClient<Company> companies, AccountFromCompanyMapper mapper, SyncModuleContext context)
    {
        _companies = companies;
        _mapper = mapper;
        _context = context;
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<PullBatch<Account>> PullAsync(PullRequest request, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var (items, checkpoint) in IncrementalReader.ReadAsync(_companies, request, c => c.Id, _context.Time, cancellationToken).ConfigureAwait(false))
        {
            var records = new List<PulledRecord<Account>>(items.Count);
            foreach (var company in items)
            {
                records.Add(await MapAsync(company, cancellationToken).ConfigureAwait(false));
            }

            yield return new PullBatch<Account>(records, checkpoint);
        }
    }

    /// <inheritdoc />
    public async Task<PulledRecord<Account>?> ReadAsync(string remoteId, CancellationToken cancellationToken = default)
    {
        if (!int.TryParse(remoteId, NumberStyles.None, CultureInfo.InvariantCulture, out var id) || id <= 0)
        {
            throw new ArgumentException($"'{remoteId}' is not a ConnectWise company id.", nameof(remoteId));
        }

        var company = await _companies.GetAsync(id, cancellationToken).ConfigureAwait(false);
        return company is null ? null : await MapAsync(company, cancellationToken).ConfigureAwait(false);
    }

    private async Task<PulledRecord<Account>> MapAsync(Company company, CancellationToken cancellationToken)
    {
        var links = _context.Links;
        var bssId = await LinkIndex.BssIdAsync(links, BssModules.Accounts, company.Id, cancellationToken).ConfigureAwait(false);
        var parent = await LinkIndex.BssIdAsync(links, BssModules.Accounts, company.ParentCompany?.Id, cancellationToken).ConfigureAwait(false);
        var contact = await LinkIndex.BssIdAsync(links, BssModules.Contacts, company.DefaultContact?.Id, cancellationToken).ConfigureAwait(false);
        var account = _mapper.Map(company, bssId ?? string.Empty, parent, contact);
        return new PulledRecord<Account>(account, company.Id!.Value.ToString(CultureInfo.InvariantCulture), company.DeletedFlag == true);
    }
}
