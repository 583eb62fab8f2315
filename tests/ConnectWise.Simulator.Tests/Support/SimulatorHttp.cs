using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace ConnectWise.Simulator.Tests.Support;

/// <summary>HTTP clients for a running simulator, authenticated the way ConnectWise expects.</summary>
internal static class SimulatorHttp
{
    public static HttpClient Client(ConnectWiseSimulator simulator, string? publicKey = null, string? privateKey = null, bool clientId = true)
    {
        var options = simulator.Options;
        var client = new HttpClient { BaseAddress = simulator.ApiBaseUrl };
        var credentials = $"{options.CompanyId}+{publicKey ?? options.PublicKey}:{privateKey ?? options.PrivateKey}";
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(credentials)));
        if (clientId)
        {
            client.DefaultRequestHeaders.Add("clientId", options.ClientId);
        }

        client.DefaultRequestHeaders.Accept.ParseAdd("application/vnd.connectwise.com+json; version=2026.4");
        return client;
    }

    public static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    public static async Task<JsonNode?> ReadJsonAsync(HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync());

    public static async Task<JsonObject> CreateCompanyAsync(HttpClient client, string identifier, string name)
    {
        using var response = await client.PostAsync("company/companies", Json($$"""{"identifier":"{{identifier}}","name":"{{name}}","city":"Springfield"}"""));
        Assert.AreEqual(System.Net.HttpStatusCode.Created, response.StatusCode, await response.Content.ReadAsStringAsync());
        return (await ReadJsonAsync(response))!.AsObject();
    }
}
