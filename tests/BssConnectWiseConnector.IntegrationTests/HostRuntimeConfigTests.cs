using System.Text.Json;

namespace BssConnectWiseConnector.IntegrationTests;

[TestClass]
public sealed class HostRuntimeConfigTests
{
    // A one-off sync re-compiles nothing at tier 1 only while this holds (docs/benchmarks.md, "Figures (2026-12-03 09:00…)").
    [TestMethod]
    public void RuntimeConfig_HostBuild_DelaysTierOneRecompilationByFiveSeconds()
    {
        var path = Path.Combine(Path.GetDirectoryName(typeof(Bss.IntegrationFramework.Host.HostSettings).Assembly.Location)!, "Bss.IntegrationFramework.Host.runtimeconfig.json");
        using var document = JsonDocument.Parse(File.ReadAllText(path));

        var properties = document.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties");

        Assert.AreEqual(5000, properties.GetProperty("System.Runtime.TieredCompilation.CallCountingDelayMs").GetInt32());
        Assert.IsFalse(properties.GetProperty("System.Runtime.TieredPGO").GetBoolean());
    }
}
