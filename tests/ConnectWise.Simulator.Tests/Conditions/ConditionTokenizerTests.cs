using System.Net;
using ConnectWise.Simulator.Conditions;
using ConnectWise.Simulator.Tests.Support;

namespace ConnectWise.Simulator.Tests.Conditions;

/// <summary>Backslash escapes inside condition strings: read in the normal profile, refused in the strict one.</summary>
[TestClass]
public sealed class ConditionTokenizerTests
{
    [TestMethod]
    public void Tokenize_NormalProfileBackslashQuote_ReadsTheQuote()
    {
        var tokens = ConditionTokenizer.Tokenize("identifier = \"Say \\\"Hi\\\"\"");

        Assert.AreEqual("Say \"Hi\"", tokens.Single(t => t.Kind == TokenKind.String).Text);
    }

    [TestMethod]
    public void Parse_StrictProfileBackslashQuote_IsASyntaxError()
    {
        Assert.ThrowsExactly<ConditionSyntaxException>(() => ConditionParser.Parse("identifier = \"Say \\\"Hi\\\"\"", SimulatorProfile.Strict));
    }

    [TestMethod]
    public void Parse_StrictProfileLikeWithoutEscapes_IsAccepted()
    {
        Assert.IsNotNull(ConditionParser.Parse("identifier like \"Say *Hi*\"", SimulatorProfile.Strict));
    }

    [TestMethod]
    public async Task List_StrictProfileConditionWithBackslashQuote_Answers400InConnectWiseErrorShape()
    {
        await using var simulator = await ConnectWiseSimulator.StartAsync(new SimulatorOptions { Profile = SimulatorProfile.Strict });
        using var client = SimulatorHttp.Client(simulator);

        using var response = await client.GetAsync("company/companies?conditions=" + Uri.EscapeDataString("identifier in (\"Say \\\"Hi\\\"\")"));
        var body = (await SimulatorHttp.ReadJsonAsync(response))!.AsObject();

        Assert.AreEqual(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.AreEqual("InvalidObject", (string?)body["code"]);
        Assert.Contains("String values should be enclosed with double or single quotes", (string?)body["message"] ?? string.Empty);
    }

    [TestMethod]
    public async Task List_NormalProfileConditionWithBackslashQuote_Matches()
    {
        await using var simulator = await ConnectWiseSimulator.StartAsync();
        simulator.Store.Add("company/companies", new System.Text.Json.Nodes.JsonObject { ["identifier"] = "Say \"Hi\"", ["name"] = "Quoted" });
        using var client = SimulatorHttp.Client(simulator);

        using var response = await client.GetAsync("company/companies?conditions=" + Uri.EscapeDataString("identifier = \"Say \\\"Hi\\\"\""));

        Assert.HasCount(1, (await SimulatorHttp.ReadJsonAsync(response))!.AsArray());
    }
}
