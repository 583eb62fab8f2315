using Bss.IntegrationFramework;
using BssConnectWiseConnector.Clients;
using BssConnectWiseConnector.Diagnostics;
using BssConnectWiseConnector.Lookups;
using BssConnectWiseConnector.Mapping;
using BssConnectWiseConnector.Settings;

using BssConnectWiseConnector.Sync.Merge;
using BssConnectWiseConnector.Sync.Pipeline;

namespace BssConnectWiseConnector.Sync.Accounts;

/// <summary>The Accounts module: BSS accounts as ConnectWise companies.</summary>
internal sealed class AccountsModule : IPushRegistration<Account>, IPullRegistration<Account>
{
    /// <inheritdoc />
    public ModuleDefinition Definition { get; } = new(
        BssModules.Accounts,
        [SyncOperation.Create, SyncOperation.Update, SyncOperation.Delete, SyncOperation.BatchRead, SyncOperation.Read],
        [],
        "BSS accounts as ConnectWise companies: created, or adopted by identifier, updated field by field, deactivated on delete; companies pulled back as accounts.");

    /// <inheritdoc />
    public int Order => 10;

    /// <inheritdoc />
    public IReadOnlyList<PermissionProbe> Permissions { get; } =
    [
        new("Companies > Company Maintenance", ApiRoutes.Companies, "companies", SecurityLevels.Inquire | SecurityLevels.Add | SecurityLevels.Edit | SecurityLevels.Delete),
    ];

    /// <inheritdoc />
    public IReadOnlyList<DiscoverySource> DiscoverySources { get; } =
    [
        new(ServerVariableCatalog.ImportAccountStatusId.Name, async (s, ct) => DiscoveredValues.From(await s.Tables.ReadAsync(s.Client.CompanyStatuses, ct).ConfigureAwait(false), v => v.Id, v => v.Name, v => v.InactiveFlag)),
        new(LookupNames.AccountType, async (s, ct) => DiscoveredValues.From(await s.Tables.ReadAsync(s.Client.CompanyTypes, ct).ConfigureAwait(false), v => v.Id, v => v.Name, v => v.InactiveFlag)),
        new(LookupNames.Currency, async (s, ct) => DiscoveredValues.From(await s.Tables.ReadAsync(s.Client.Currencies, ct).ConfigureAwait(false), v => v.Id, v => v.CurrencyIdentifier ?? v.Name, v => v.InactiveFlag)),
    ];

    /// <inheritdoc />
    public IPushModule<Account> CreatePushModule(ModuleContext context) => CreatePush(context.Client.Companies, context);

    /// <summary>Composes the flat-record engine with the account definition.</summary>
    /// <param name="companies">The companies client.</param>
    /// <param name="context">The session's module context.</param>
    /// <returns>The push.</returns>
    internal static FlatRecordPush<Account, Models.Company> CreatePush(IResourceClient<Models.Company> companies, ModuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var services = new AccountPushServices
        {
            Client = context.Client,
            Tables = context.Tables,
            Lookups = context.Lookups,
            Mapper = context.Mapper,
            ImportAccountStatusId = context.Settings.ImportAccountStatusId,
            ReferencedLinks = new BatchLinks(context.Links),
            Records = context.Records,
            Parents = context.Dependency<Account>(BssModules.Accounts, "parent account"),
            FindByIdentifiers = new NaturalKeyLookup<Models.Company>(companies, "identifier", string.Join(",", AccountsPushDefinition.CompanyFields.Prepend("types").Prepend("id")), c => c.Identifier).FindAsync,
        };
        return new FlatRecordPush<Account, Models.Company>(new AccountsPushDefinition(companies, services), context);
    }

    /// <inheritdoc />
    public IPullModule<Account> CreatePullModule(ModuleContext context) =>
        new AccountsPullModule(
            context.Client.Companies,
            new AccountFromCompanyMapper(context.Lookups),
            PullMergeFactory.Create<Models.Company, Account, FlatRecordPush<Account, Models.Company>>(context, BssModules.Accounts, AccountMergeFields.All, push => new(push.Definition.BaselineFields, push.Definition.FingerprintAsync)),
            context);
}
