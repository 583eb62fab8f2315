using System.Text.Json;
using System.Text.Json.Serialization;
using Bss.IntegrationFramework;

namespace BssConnectWiseConnector.Benchmarks.Data;

/// <summary>Writes records as a BSS records file (<c>schemas/bss-records.schema.json</c>) for the host's <c>bss import</c>.</summary>
internal static class BssRecordsFile
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static string Write(string path, IReadOnlyList<Account> accounts, IReadOnlyList<Contact> contacts)
    {
        File.WriteAllText(path, JsonSerializer.Serialize(new { accounts, contacts }, Options));
        return path;
    }
}
