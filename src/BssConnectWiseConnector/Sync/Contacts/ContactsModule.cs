using Bss.IntegrationFramework;
using BssConnectWiseConnector.Clients;
using BssConnectWiseConnector.Mapping;

using BssConnectWiseConnector.Sync.Merge;
using BssConnectWiseConnector.Sync.Pipeline;

namespace BssConnectWiseConnector.Sync.Contacts;

/// <summary>The Contacts module: BSS contacts as ConnectWise contacts of their account's company.</summary>
internal sealed class ContactsModule : IPushRegistration<Contact>, IPullRegistration<Contact>
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
    public IPushModule<Contact> CreatePushModule(ModuleContext context) =>
        new FlatRecordPush<Contact, Models.Contact>(
            new ContactsPushDefinition(context.Client.Contacts, new ContactMapper(context.Mapper), context.Dependency<Account>(BssModules.Accounts, "account"), new BatchLinks(context.Links)),
            context);

    /// <inheritdoc />
    public IPullModule<Contact> CreatePullModule(ModuleContext context) =>
        new ContactsPullModule(
            context.Client.Contacts,
            PullMergeFactory.Create<Models.Contact, Contact, FlatRecordPush<Contact, Models.Contact>>(context, BssModules.Contacts, ContactMergeFields.All, push => new(push.Definition.BaselineFields, push.Definition.FingerprintAsync)),
            context);
}
