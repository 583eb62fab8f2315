using System.Security.Cryptography;
using System.Text.Json;
using Bss.IntegrationFramework.Host.Bss;

namespace Bss.IntegrationFramework.Host.Plans;

/// <summary>Hashes a BSS record as the store keeps it, so a plan can tell whether the BSS changed since it was computed.</summary>
internal static class RecordHash
{
    /// <summary>Hashes a record.</summary>
    /// <param name="record">The record.</param>
    /// <returns>The SHA-256 of its JSON, as hex.</returns>
    public static string Of(BssRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var json = JsonSerializer.SerializeToUtf8Bytes(record, record.GetType(), BssJson.Options);
        return Convert.ToHexStringLower(SHA256.HashData(json));
    }
}
