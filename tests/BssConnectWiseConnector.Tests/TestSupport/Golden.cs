using System.Globalization;
using System.Text.Json;
using Newtonsoft.Json.Linq;

namespace BssConnectWiseConnector.Tests.TestSupport;

internal static class Golden
{
    private static readonly JsonSerializerOptions BssJson = new(JsonSerializerDefaults.Web);

    public static string Read(string folder, string name) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, folder, "Golden", name));

    public static T ReadBss<T>(string folder, string name) =>
        JsonSerializer.Deserialize<T>(Read(folder, name), BssJson) ?? throw new InvalidOperationException(name);

    // 42 and 42.0 are the same number to ConnectWise; the golden files write them as people do.
    public static JObject Numbers(JObject json)
    {
        foreach (var value in json.Descendants().OfType<JValue>().Where(v => v.Type is JTokenType.Integer or JTokenType.Float).ToArray())
        {
            value.Value = Convert.ToDecimal(value.Value, CultureInfo.InvariantCulture) / 1.0000000000000000000000000000m;
        }

        return json;
    }
}
