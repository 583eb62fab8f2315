using System.Reflection;
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

    [TestMethod]
    public void Load_HostCarriesTheSameVersion_DependencyComesFromTheHost()
    {
        var context = new PluginLoadContext(PluginPath);

        var json = context.LoadFromAssemblyName(new AssemblyName("Newtonsoft.Json"));
        var polly = context.LoadFromAssemblyName(new AssemblyName("Polly.Core"));

        Assert.AreSame(AssemblyLoadContext.Default, AssemblyLoadContext.GetLoadContext(json));
        Assert.AreSame(AssemblyLoadContext.Default, AssemblyLoadContext.GetLoadContext(polly));
        Assert.IsFalse(context.Assemblies.Any(a => a.GetName().Name is "Newtonsoft.Json" or "Polly.Core"));
    }

    [TestMethod]
    public void Load_HostCarriesAnOlderVersion_PluginsOwnCopyIsLoaded()
    {
        var olderHost = new HostAssemblies(name => name == "Newtonsoft.Json" ? new DependencyVersion(new Version(1, 0, 0, 0), null) : HostAssemblies.Default.VersionOf(name));
        var context = new PluginLoadContext(PluginPath, olderHost);

        var json = context.LoadFromAssemblyName(new AssemblyName("Newtonsoft.Json"));

        Assert.AreSame(context, AssemblyLoadContext.GetLoadContext(json));
        Assert.AreEqual(Path.GetDirectoryName(PluginPath), Path.GetDirectoryName(json.Location));
        Assert.AreNotSame(typeof(Newtonsoft.Json.JsonConvert).Assembly, json);
    }

    [TestMethod]
    public void Load_HostCarriesNoCopy_PluginsOwnCopyIsLoaded()
    {
        var context = new PluginLoadContext(PluginPath);

        var mapper = context.LoadFromAssemblyName(new AssemblyName("AutoMapper"));

        Assert.AreSame(context, AssemblyLoadContext.GetLoadContext(mapper));
        Assert.AreEqual(Path.GetDirectoryName(PluginPath), Path.GetDirectoryName(mapper.Location));
    }

    [TestMethod]
    public void Load_HostCarriesAnOlderPatchOfTheSameAssemblyVersion_PluginsOwnCopyIsLoaded()
    {
        var shipped = DependencyVersion.OfFile(Path.Combine(Path.GetDirectoryName(PluginPath)!, "Newtonsoft.Json.dll"))!.Value;
        var olderPatch = new HostAssemblies(name => name == "Newtonsoft.Json"
            ? shipped with { File = new Version(shipped.File!.Major, 0, 0, 1) }
            : HostAssemblies.Default.VersionOf(name));
        var context = new PluginLoadContext(PluginPath, olderPatch);

        var json = context.LoadFromAssemblyName(new AssemblyName("Newtonsoft.Json"));

        Assert.AreSame(context, AssemblyLoadContext.GetLoadContext(json));
        Assert.AreEqual(Path.GetDirectoryName(PluginPath), Path.GetDirectoryName(json.Location));
    }

    [TestMethod]
    public void PrefersHostCopy_HostVersionsAgainstPluginVersions_OnlySameOrNewerAssemblyAndFileWin()
    {
        static DependencyVersion V(string assembly, string? file = null) => new(new Version(assembly), file is null ? null : new Version(file));

        Assert.IsTrue(PluginLoadContext.PrefersHostCopy(V("13.0.0.0", "13.0.4.1"), V("13.0.0.0", "13.0.4.1")));
        Assert.IsTrue(PluginLoadContext.PrefersHostCopy(V("14.0.0.0"), V("13.0.0.0")));
        Assert.IsTrue(PluginLoadContext.PrefersHostCopy(V("10.0.0.0", "10.0.1426.1"), V("10.0.0.0", "10.0.1225.1")));
        Assert.IsTrue(PluginLoadContext.PrefersHostCopy(V("10.0.0.0"), V("10.0.0.0", "10.0.1426.1")));
        Assert.IsFalse(PluginLoadContext.PrefersHostCopy(V("10.0.0.0", "10.0.1225.1"), V("10.0.0.0", "10.0.1426.1")));
        Assert.IsFalse(PluginLoadContext.PrefersHostCopy(V("12.0.0.0", "14.0.0.0"), V("13.0.0.0", "13.0.0.0")));
        Assert.IsFalse(PluginLoadContext.PrefersHostCopy(null, V("13.0.0.0")));
        Assert.IsFalse(PluginLoadContext.PrefersHostCopy(V("13.0.0.0"), null));
    }

    [TestMethod]
    public void OfFile_PackagedAssembly_ReadsAssemblyAndFileVersions()
    {
        var json = DependencyVersion.OfFile(typeof(Newtonsoft.Json.JsonConvert).Assembly.Location);

        Assert.IsNotNull(json);
        Assert.AreEqual(new Version(13, 0, 0, 0), json.Value.Assembly);
        Assert.AreEqual(13, json.Value.File?.Major);
        Assert.IsNull(DependencyVersion.OfFile(PluginPath + ".missing"));
    }

    [TestMethod]
    public void Candidates_Plugin_NamesTheConnectorAndNotItsModels()
    {
        var candidates = ConnectorTypeScan.Candidates(PluginPath);

        Assert.IsNotNull(candidates);
        CollectionAssert.Contains(candidates.ToList(), "BssConnectWiseConnector.ConnectWiseConnector");
        Assert.IsFalse(candidates.Any(c => c.StartsWith("BssConnectWiseConnector.Models.", StringComparison.Ordinal)), string.Join(", ", candidates));
    }

    [TestMethod]
    public void Candidates_FileWithoutMetadata_ReturnsNullSoEveryExportedTypeIsChecked()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, "not an assembly");

            Assert.IsNull(ConnectorTypeScan.Candidates(path));
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static string PluginPath => Path.Combine(AppContext.BaseDirectory, "plugins", "BssConnectWiseConnector", "BssConnectWiseConnector.dll");
}
