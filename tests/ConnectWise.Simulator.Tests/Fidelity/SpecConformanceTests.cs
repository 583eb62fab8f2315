using System.Net;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using ConnectWise.Simulator.Tests.Support;

namespace ConnectWise.Simulator.Tests.Fidelity;

/// <summary>
/// For every resource, what the simulator answers to a GET validates against the schema of the same GET operation
/// in the ConnectWise spec file (or, for the resources the GET subset lacks, the supplement beside it).
/// </summary>
[TestClass]
public sealed class SpecConformanceTests
{
    private static readonly SpecSchemaChecker Checker = SpecSchemaChecker.FromRepository();

    public static IEnumerable<object[]> Routes => SampleRecords.ValidBodies.Keys.Select(route => new object[] { route });

    [TestMethod]
    [DynamicData(nameof(Routes))]
    public async Task GetListAndItem_EveryResource_ConformToTheSpecSchema(string route)
    {
        await using var simulator = await ConnectWiseSimulator.StartAsync();
        using var client = SimulatorHttp.Client(simulator);
        var samples = await SampleRecords.CreateAsync(client);
        var path = samples.Fill(route);
        using var created = await client.PostAsync(path, SimulatorHttp.Json(samples.Fill(SampleRecords.ValidBodies[route])));
        Assert.AreEqual(HttpStatusCode.Created, created.StatusCode, await created.Content.ReadAsStringAsync());
        var id = (int)(await SimulatorHttp.ReadJsonAsync(created))!["id"]!;

        var list = await GetJsonAsync(client, path);
        var item = await GetJsonAsync(client, $"{path}/{id}");
        var count = await GetJsonAsync(client, $"{path}/count");

        var specRoute = "/" + route.Replace("{company}", "{parentId}", StringComparison.Ordinal)
            .Replace("{agreement}", "{parentId}", StringComparison.Ordinal)
            .Replace("{invoice}", "{parentId}", StringComparison.Ordinal);
        Assert.IsNotEmpty(list.AsArray());
        AssertConforms(specRoute, list);
        AssertConforms(specRoute + "/{id}", item);
        Assert.IsEmpty(Checker.Check("/company/companies/count", count), "count answers {\"count\": n}");
    }

    [TestMethod]
    public async Task GetSystemInfo_ConformsToTheSupplementSchema()
    {
        await using var simulator = await ConnectWiseSimulator.StartAsync();
        using var client = SimulatorHttp.Client(simulator);

        AssertConforms("/system/info", await GetJsonAsync(client, "system/info"));
    }

    [TestMethod]
    public void Checker_UndeclaredPropertyAndWrongType_AreReported()
    {
        var answer = JsonNode.Parse("""[{"id":"seven","name":"Acme","nickname":"A","status":{"id":1,"name":5}}]""");

        var problems = Checker.Check("/company/companies", answer);

        Assert.HasCount(3, problems);
        Assert.IsTrue(problems.Any(problem => problem.Contains("nickname", StringComparison.Ordinal)));
    }

    [TestMethod]
    public void SpecCopy_IsTheUnmodifiedConnectWiseSubset()
    {
        var bytes = File.ReadAllBytes(SpecSchemaChecker.SpecPath("openapi_get_filtered.json"));

        Assert.AreEqual("a63970bdfcc1a11f765225e52e6b768ac02ee89098afba88ac39cc82dc7dbe32", Convert.ToHexStringLower(SHA256.HashData(bytes)));
    }

    [TestMethod]
    public void Spec_CoversTheCoreResourcesItself()
    {
        foreach (var path in new[] { "/company/companies", "/company/contacts", "/procurement/catalog", "/finance/agreements/{parentId}/additions", "/finance/invoices", "/sales/orders", "/system/members", "/procurement/products" })
        {
            Assert.AreEqual("Connectwise Manage Public Endpoints (GET subset)", Checker.DocumentTitle(path), path);
        }
    }

    private static void AssertConforms(string specPath, JsonNode answer)
    {
        var problems = Checker.Check(specPath, answer);
        Assert.IsEmpty(problems, $"GET {specPath} ({Checker.DocumentTitle(specPath)}):\n{string.Join("\n", problems)}");
    }

    private static async Task<JsonNode> GetJsonAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        Assert.AreEqual(HttpStatusCode.OK, response.StatusCode, path);
        return (await SimulatorHttp.ReadJsonAsync(response))!;
    }
}
