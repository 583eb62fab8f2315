using System.Text.Json;

namespace BssConnectWiseConnector.IntegrationTests;

[TestClass]
public sealed class HostRuntimeConfigTests
{
    // Short commands gain nothing from tiered PGO's instrumentation, and a long push needs tier-1 code: a 5 s tier-1
    // delay kept a push of 20,000 records on tier-0 code to the end (docs/benchmarks.md, "Figures (2026-12-03 evening…)").
    [TestMethod]
    public void RuntimeConfig_HostBuild_TurnsTieredPgoOffAndKeepsTheDefaultTierOneDelay()
    {
        var path = Path.Combine(Path.GetDirectoryName(typeof(Bss.IntegrationFramework.Host.HostSettings).Assembly.Location)!, "Bss.IntegrationFramework.Host.runtimeconfig.json");
        using var document = JsonDocument.Parse(File.ReadAllText(path));

        var properties = document.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties");

        Assert.IsFalse(properties.TryGetProperty("System.Runtime.TieredCompilation.CallCountingDelayMs", out _), "no tier-1 delay of the host's own");
        Assert.IsFalse(properties.GetProperty("System.Runtime.TieredPGO").GetBoolean());
    }
}
