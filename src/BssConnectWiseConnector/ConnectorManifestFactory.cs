using Bss.IntegrationFramework;
using BssConnectWiseConnector.Lookups;
using BssConnectWiseConnector.Settings;
using BssConnectWiseConnector.Sync;

namespace BssConnectWiseConnector;

/// <summary>Builds the connector's manifest from the catalogs of server variables, modules and lookups.</summary>
internal static class ConnectorManifestFactory
{
    /// <summary>Builds the manifest.</summary>
    /// <returns>The manifest.</returns>
    public static ConnectorManifest Create() => new(
        "ConnectWise Manage",
        ConnectWiseDefaults.Version,
        "Pushes BSS accounts, contacts, products, subscriptions, orders, invoices and payments into ConnectWise Manage (PSA) and pulls companies and contacts back.",
        ServerVariableCatalog.Definitions,
        ModuleCatalog.All.Select(m => m.Definition).ToArray(),
        LookupCatalog.All);
}
