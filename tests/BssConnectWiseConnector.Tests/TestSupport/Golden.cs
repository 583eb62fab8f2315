using System.Text.Json;

namespace BssConnectWiseConnector.Tests.TestSupport;

internal static class Golden
{
    private static readonly JsonSerializerOptions BssJson = new(JsonSerializerDefaults.Web);

    public static string Read(string folder, string name) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, folder, "Golden", name));

    public static T ReadBss<T>(string folder, string name) =>
        JsonSerializer.Deserialize<T>(Read(folder, name), BssJson) ?? throw new InvalidOperationException(name);
}
