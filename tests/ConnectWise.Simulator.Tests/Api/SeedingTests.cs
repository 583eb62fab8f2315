namespace ConnectWise.Simulator.Tests.Api;

[TestClass]
public sealed class SeedingTests
{
    [TestMethod]
    public async Task StartAsync_SeedFile_LoadsItsRecordsAfterTheDefaults()
    {
        var path = Path.Combine(Path.GetTempPath(), $"cwsim-seed-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(path, """{"company/companies":[{"identifier":"FROMFILE","name":"From File","status":{"id":3}}]}""");
        try
        {
            await using var simulator = await ConnectWiseSimulator.StartAsync(new SimulatorOptions { SeedFile = path });

            var company = simulator.Store.All("company/companies").Single();
            Assert.AreEqual("Not-Approved", (string?)company["status"]!["name"]);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [TestMethod]
    public async Task StartAsync_SeedDefaultsOff_LeavesSetupTablesEmpty()
    {
        await using var simulator = await ConnectWiseSimulator.StartAsync(new SimulatorOptions { SeedDefaults = false });

        Assert.AreEqual(0, simulator.Store.Count("company/companies/statuses"));
        Assert.AreEqual(0, simulator.Store.Count("procurement/catalog"));
    }

    [TestMethod]
    public async Task StartAsync_Defaults_SeedEveryTableTheConnectorLooksUp()
    {
        await using var simulator = await ConnectWiseSimulator.StartAsync();

        foreach (var table in new[] { "company/companies/statuses", "company/companies/types", "company/countries", "procurement/types", "procurement/categories", "procurement/subcategories", "procurement/unitOfMeasures", "procurement/catalog", "finance/agreements/types", "finance/billingStatuses", "finance/currencies", "sales/orders/statuses", "system/members" })
        {
            Assert.IsGreaterThan(0, simulator.Store.Count(table), table);
        }

        Assert.AreEqual(0, simulator.Store.Count("company/companies"));
    }

    [TestMethod]
    public async Task StartAsync_UrlsWithFixedLoopbackPort_ListensThere()
    {
        using var probe = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        probe.Start();
        var port = ((System.Net.IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();

        await using var simulator = await ConnectWiseSimulator.StartAsync(new SimulatorOptions { Urls = $"http://127.0.0.1:{port}" });

        Assert.AreEqual(new Uri($"http://127.0.0.1:{port}/"), simulator.SiteUrl);
        Assert.AreEqual(new Uri($"http://127.0.0.1:{port}/v4_6_release/apis/3.0/"), simulator.ApiBaseUrl);
    }
}
