using Bss.IntegrationFramework;
using BssConnectWiseConnector.Clients;
using BssConnectWiseConnector.Mapping;

using BssConnectWiseConnector.Sync.Merge;

namespace BssConnectWiseConnector.Sync.Contacts;

/// <summary>The Contacts module: BSS contacts as ConnectWise contacts of their account's company.</summary>
internal sealed class ContactsModule : IModuleRegistration
{
    /// <inheritdoc />
    public ModuleDefinition Definition { get; } = new(
        BssModules.Contacts,
        [SyncOperation.Create, SyncOperation.Update, SyncOperation.Delete, SyncOperation.BatchRead, SyncOperation.Read],
        [BssModules.Accounts],
        "BSS contacts as ConnectWise contacts, with e-mail, phone, mobile and fax merged into their communication items.");

    /// <inheritdoc />
    public int Order => 20;

    /// <inheritdoc />
    public IReadOnlyList<PermissionProbe> Permissions { get; } =
    [
        new("Companies > Contacts", ApiRoutes.Contacts, "contacts", SecurityLevels.Inquire | SecurityLevels.Add | SecurityLevels.Edit),
    ];

    /// <inheritdoc />
    public object? CreatePushModule(ModuleServices services) =>
        new ContactsPushModule(
            services.Client.Contacts,
            new ContactMapper(services.Mapper),
            services.Dependency<Account>(BssModules.Accounts, "account"),
            services.Context);

    /// <inheritdoc />
    public object? CreatePullModule(ModuleServices services) =>
        new ContactsPullModule(
            services.Client.Contacts,
            services.Mapper,
            PullMergeFactory.Create<Models.Contact, Contact>(services, BssModules.Contacts, ContactMergeFields.All),
            services.Context);
}
