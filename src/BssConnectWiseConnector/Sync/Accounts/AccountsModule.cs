using Bss.IntegrationFramework;
using BssConnectWiseConnector.Clients;
using BssConnectWiseConnector.Diagnostics;
using BssConnectWiseConnector.Lookups;
using BssConnectWiseConnector.Mapping;
using BssConnectWiseConnector.Settings;

using BssConnectWiseConnector.Sync.Merge;

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
    public IPushModule<Account> CreatePushModule(ModuleContext context) =>
        new AccountsPushModule(context.Client.Companies, context);

    /// <inheritdoc />
    public IPullModule<Account> CreatePullModule(ModuleContext context) =>
        new AccountsPullModule(
            context.Client.Companies,
            new AccountFromCompanyMapper(context.Mapper, context.Lookups),
            PullMergeFactory.Create<Models.Company, Account, AccountsPushModule>(context, BssModules.Accounts, AccountMergeFields.All, push => new(push.BaselineFields, push.FingerprintAsync)),
            context);
}
