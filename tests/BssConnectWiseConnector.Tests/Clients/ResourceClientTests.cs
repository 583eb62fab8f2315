using BssConnectWiseConnector.Clients;
using BssConnectWiseConnector.Http;
using BssConnectWiseConnector.Models;
using BssConnectWiseConnector.Tests.TestSupport;
using ConnectWise.Simulator;
using Moq;

namespace BssConnectWiseConnector.Tests.Clients;

[TestClass]
public sealed class ResourceClientTests
{
    [TestMethod]
    public async Task GetAsync_Id_AsksTheItemUnderTheRouteWithoutItsTrailingSlash()
    {
        var connection = new Mock<IConnectWiseConnection>(MockBehavior.Strict);
        connection.Setup(c => c.FindAsync<Company>("company/companies/7", It.IsAny<CancellationToken>())).ReturnsAsync(new Company { Id = 7 });
        var client = new ResourceClient<Company>(connection.Object, "company/companies/");

        var company = await client.GetAsync(7);

        Assert.AreEqual("company/companies", client.Route);
        Assert.AreEqual(7, company!.Id);
        connection.Verify(c => c.FindAsync<Company>("company/companies/7", It.IsAny<CancellationToken>()), Times.Once);
    }

    [TestMethod]
    public async Task PatchAsync_NoOperations_IsRefusedWithoutARequest()
    {
        var connection = new Mock<IConnectWiseConnection>(MockBehavior.Strict);
        var client = new ResourceClient<Company>(connection.Object, "company/companies");

        await Assert.ThrowsExactlyAsync<ArgumentException>(() => client.PatchAsync(7, []));
        await Assert.ThrowsExactlyAsync<ArgumentOutOfRangeException>(() => client.GetAsync(0));
        connection.VerifyNoOtherCalls();
    }

    [TestMethod]
    public async Task FindInAsync_NoValues_MakesNoRequest()
    {
        var connection = new Mock<IConnectWiseConnection>(MockBehavior.Strict);
        var client = new ResourceClient<Company>(connection.Object, "company/companies");

        var found = await client.FindInAsync("identifier", []);

        Assert.IsEmpty(found);
        connection.VerifyNoOtherCalls();
    }

    [TestMethod]
    public async Task CreateGetPatchCountDelete_AgainstTheSimulator_OneRequestEach()
    {
        await using var simulator = await ConnectWiseSimulator.StartAsync(new SimulatorOptions());
        using var connection = SimulatorConnection.Open(simulator);
        var client = connection.Client.Companies;
        var created = await client.CreateAsync(new Company { Identifier = "RC1", Name = "Resource client", City = "Springfield", Status = new Reference { Id = 1 }, Types = [new Reference { Id = 1 }] });
        simulator.Requests.Clear();

        var read = await client.GetAsync(created.Id!.Value);
        var patched = await client.PatchAsync(created.Id.Value, [PatchOperation.Replace("name", "Renamed")]);
        var count = await client.CountAsync(Condition.Equal("identifier", "RC1"));
        await client.DeleteAsync(created.Id.Value);
        var afterDelete = await client.GetAsync(created.Id.Value);

        Assert.AreEqual("RC1", read!.Identifier);
        Assert.AreEqual("Renamed", patched.Name);
        Assert.AreEqual(1, count);
        Assert.IsNull(afterDelete);
        // The connection's own site questions (companyinfo) are not the client's; its requests to the route are one per call.
        var id = created.Id.Value;
        CollectionAssert.AreEqual(
            new[] { $"GET companies/{id}", $"PATCH companies/{id}", "GET companies/count", $"DELETE companies/{id}", $"GET companies/{id}" },
            simulator.Requests.Snapshot().Where(r => r.Path.Contains("/company/companies", StringComparison.Ordinal)).Select(r => $"{r.Method} {r.Path[(r.Path.LastIndexOf("companies", StringComparison.Ordinal))..]}").ToArray());
    }
}
