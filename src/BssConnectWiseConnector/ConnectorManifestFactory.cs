using Bss.IntegrationFramework;
using BssConnectWiseConnector.Lookups;
using BssConnectWiseConnector.Settings;

namespace BssConnectWiseConnector;

/// <summary>Builds the connector's manifest from the catalogs of server variables, modules and lookups.</summary>
internal static class ConnectorManifestFactory
{
    /// <summary>Gets the modules the connector supports now, in dependency order.</summary>
    public static IReadOnlyList<ModuleDefinition> Modules { get; } =
    [
        new(BssModules.Accounts, [SyncOperation.Create, SyncOperation.Update], [],
            "BSS accounts as ConnectWise companies: created, or adopted by identifier, and updated field by field."),
    ];

    /// <summary>Builds the manifest.</summary>
    /// <returns>The manifest.</returns>
    public static ConnectorManifest Create() => new(
        "ConnectWise Manage",
        ConnectWiseDefaults.Version,
        "Pushes BSS accounts, contacts, products, subscriptions, orders, invoices and payments into ConnectWise Manage (PSA) and pulls companies and contacts back.",
        ServerVariableCatalog.All,
        Modules,
        LookupCatalog.All);
}
