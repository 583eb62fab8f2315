using System.Runtime.Loader;
using Bss.IntegrationFramework;
using Bss.IntegrationFramework.Host;
using Bss.IntegrationFramework.Host.Plugins;

namespace BssConnectWiseConnector.IntegrationTests.Plugins;

[TestClass]
public sealed class PluginLoadingTests
{
    [TestMethod]
    public void Create_DefaultPluginsFolder_ConnectorLivesInItsOwnPluginLoadContext()
    {
        var catalog = new ConnectorCatalog();

        var connector = catalog.Create(null);

        var context = AssemblyLoadContext.GetLoadContext(connector.GetType().Assembly);
        Assert.IsInstanceOfType<PluginLoadContext>(context);
        Assert.AreNotSame(AssemblyLoadContext.Default, context);
        Assert.AreEqual("BssConnectWiseConnector.ConnectWiseConnector", connector.GetType().FullName);
        StringAssert.EndsWith(((PluginLoadContext)context!).PluginPath, Path.Combine("plugins", "BssConnectWiseConnector", "BssConnectWiseConnector.dll"));
    }

    [TestMethod]
    public void Create_DefaultPluginsFolder_ContractTypesAreSharedWithTheHost()
    {
        var connector = new ConnectorCatalog().Create(null);

        var contractSeenByPlugin = connector.GetType().GetInterfaces().Single(i => i.Name == nameof(IConnector));
        Assert.AreSame(typeof(IConnector), contractSeenByPlugin);
        Assert.AreSame(AssemblyLoadContext.Default, AssemblyLoadContext.GetLoadContext(contractSeenByPlugin.Assembly));
        var pluginContext = AssemblyLoadContext.GetLoadContext(connector.GetType().Assembly)!;
        Assert.IsFalse(pluginContext.Assemblies.Any(a => a.GetName().Name == "Bss.IntegrationFramework.Abstractions"), "the plugin context must not load its own copy of the contract");
    }

    [TestMethod]
    public void Create_TwoCatalogs_ShareOneLoadContextPerPlugin()
    {
        var first = new ConnectorCatalog().Create(null);
        var second = new ConnectorCatalog().Create(null);

        Assert.AreNotSame(first, second);
        Assert.AreSame(AssemblyLoadContext.GetLoadContext(first.GetType().Assembly), AssemblyLoadContext.GetLoadContext(second.GetType().Assembly));
    }

    [TestMethod]
    public void GetManifest_Plugin_DeclaresSecretPrivateKeyAndTheAccountsModule()
    {
        var manifest = new ConnectorCatalog().GetManifest(null);

        Assert.IsTrue(manifest.ServerVariables.Single(v => v.Name == "PrivateKey").Secret);
        Assert.IsTrue(manifest.Modules.Any(m => m.Name == BssModules.Accounts));
    }

    [TestMethod]
    public void Find_EmptyPluginsFolder_ThrowsNamingTheFolder()
    {
        var folder = Directory.CreateTempSubdirectory("bss-empty-plugins-").FullName;
        try
        {
            var catalog = new ConnectorCatalog(folder);

            var error = Assert.ThrowsExactly<HostException>(() => catalog.Find(null));

            StringAssert.Contains(error.Message, folder);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [TestMethod]
    public void Find_UnknownConnector_ThrowsListingInstalledOnes()
    {
        var error = Assert.ThrowsExactly<HostException>(() => new ConnectorCatalog().Find("NoSuchConnector"));

        StringAssert.Contains(error.Message, "BssConnectWiseConnector");
    }

    [TestMethod]
    public void IsShared_ContractAndLoggingAbstractions_AreSharedButPluginDependenciesAreNot()
    {
        Assert.IsTrue(PluginLoadContext.IsShared("Bss.IntegrationFramework.Abstractions"));
        Assert.IsTrue(PluginLoadContext.IsShared("Microsoft.Extensions.Logging.Abstractions"));
        Assert.IsFalse(PluginLoadContext.IsShared("Newtonsoft.Json"));
        Assert.IsFalse(PluginLoadContext.IsShared(null));
    }
}
