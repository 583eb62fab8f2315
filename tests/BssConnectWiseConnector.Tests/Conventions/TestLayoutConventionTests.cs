using BssConnectWiseConnector.Sync;
using BssConnectWiseConnector.Tests.TestSupport;

namespace BssConnectWiseConnector.Tests.Conventions;

/// <summary>
/// Keeps the tests mirroring the plugin's source folders, as Octokit's convention tests do: a new module or folder
/// without tests fails here, not in a review.
/// </summary>
[TestClass]
public sealed class TestLayoutConventionTests
{
    // Folders of plain data shapes, whose behaviour is tested where they are read and written.
    private static readonly string[] FoldersWithoutBehaviour = ["Models"];

    private static string PluginSource => Path.Combine(RepositoryPaths.Root, "src", "BssConnectWiseConnector");

    private static string PluginTests => Path.Combine(RepositoryPaths.Root, "tests", "BssConnectWiseConnector.Tests");

    [TestMethod]
    public void ModuleCatalog_EveryRegisteredModule_HasATestFolderWithTests()
    {
        var missing = new List<string>();
        foreach (var module in ModuleCatalog.All)
        {
            var folder = module.GetType().Namespace!["BssConnectWiseConnector.".Length..].Replace('.', Path.DirectorySeparatorChar);
            var tests = Path.Combine(PluginTests, folder);
            if (!Directory.Exists(tests) || Directory.GetFiles(tests, "*Tests.cs").Length == 0)
            {
                missing.Add($"{module.Definition.Name} ({folder})");
            }
        }

        Assert.IsNotEmpty(ModuleCatalog.All);
        Assert.IsEmpty(missing, "modules without a test folder: " + string.Join(", ", missing));
    }

    [TestMethod]
    public void PluginSource_EveryFolder_HasATestFolderOfTheSameName()
    {
        var missing = Directory.GetDirectories(PluginSource)
            .Select(Path.GetFileName)
            .Where(name => name is not ("bin" or "obj") && !FoldersWithoutBehaviour.Contains(name))
            .Where(name => !Directory.Exists(Path.Combine(PluginTests, name!)) || Directory.GetFiles(Path.Combine(PluginTests, name!), "*Tests.cs", SearchOption.AllDirectories).Length == 0)
            .ToArray();

        Assert.IsEmpty(missing, "source folders without tests: " + string.Join(", ", missing));
    }
}
