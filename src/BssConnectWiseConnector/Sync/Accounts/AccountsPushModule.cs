using Bss.IntegrationFramework;
using BssConnectWiseConnector.Clients;
using BssConnectWiseConnector.Http;
using BssConnectWiseConnector.Lookups;
using BssConnectWiseConnector.Mapping;
using BssConnectWiseConnector.Models;

namespace BssConnectWiseConnector.Sync.Accounts;

/// <summary>Pushes BSS accounts as ConnectWise companies, known by their identifier (the account code, or its id).</summary>
internal sealed class AccountsPushModule : LinkedPushModule<Account, Company>
{
    /// <summary>The fields the connector owns on a company; company types are set on create only.</summary>
    internal static readonly IReadOnlyList<string> CompanyFields =
    [
        "identifier", "name", "status", "addressLine1", "addressLine2", "city", "state", "zip", "country",
        "phoneNumber", "faxNumber", "website", "currency", "parentCompany", "defaultContact",
    ];

    private readonly IResourceClient<Company> _companies;
    private readonly CompanyMapper _mapper;

    /// <summary>Initializes a new instance of the <see cref="AccountsPushModule"/> class.</summary>
    /// <param name="companies">The companies client.</param>
    /// <param name="mapper">The account mapper.</param>
    /// <param name="context">The session's shared context.</param>
    public AccountsPushModule(IResourceClient<Company> companies, CompanyMapper mapper, SyncModuleContext context)
        : base(context)
    {
        _companies = companies;
        _mapper = mapper;
    }

    /// <inheritdoc />
    protected override string Module => BssModules.Accounts;

    /// <inheritdoc />
    protected override string RemoteName => "company";

    /// <inheritdoc />
    protected override IReadOnlyList<string> ManagedFields => CompanyFields;

    /// <inheritdoc />
    protected override Task<MappedRecord<Company>> MapAsync(PushItem<Account> item, IntegrationLink? link, PushOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        var account = item.Record;
        var type = Context.Lookups.Resolve(LookupNames.AccountType, account.Type);
        var currency = Context.Lookups.Resolve(LookupNames.Currency, account.Currency);
        var company = _mapper.Map(account, new AccountMappingContext(Context.Settings.ImportAccountStatusId, type.Id, currency.Id));
        var failed = MappedRecord<Company>.FromProblems(CompanyRules.Check(company), new[] { type.Problem, currency.Problem }.OfType<string>().ToArray());
        return Task.FromResult(failed ?? MappedRecord<Company>.Ready(company, company.Identifier!));
    }

    /// <inheritdoc />
    protected override Task<IReadOnlyList<Company>> FindByNaturalKeysAsync(IReadOnlyCollection<string> naturalKeys, CancellationToken cancellationToken) =>
        _companies.FindInAsync("identifier", naturalKeys.Cast<object>().ToArray(), cancellationToken: cancellationToken);

    /// <inheritdoc />
    protected override string? NaturalKeyOf(Company remote) => remote?.Identifier;

    /// <inheritdoc />
    protected override int? IdOf(Company remote) => remote?.Id;

    /// <inheritdoc />
    protected override Task<Company> CreateAsync(Company payload, CancellationToken cancellationToken) =>
        _companies.CreateAsync(payload, cancellationToken);

    /// <inheritdoc />
    protected override Task PatchAsync(int id, IReadOnlyList<PatchOperation> operations, CancellationToken cancellationToken) =>
        _companies.PatchAsync(id, operations, cancellationToken);
}
