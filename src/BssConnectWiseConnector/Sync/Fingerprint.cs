using System.Security.Cryptography;
using System.Text;
using Newtonsoft.Json;

namespace BssConnectWiseConnector.Sync;

/// <summary>A stable hash of the local inputs of a mapping, for <c>NaturalKeyPush.FingerprintAsync</c>.</summary>
internal static class Fingerprint
{
    /// <summary>Hashes the parts.</summary>
    /// <param name="parts">The inputs: a version tag first (so a mapping change re-sends), then the record and the ids it resolves to.</param>
    /// <returns>The hex SHA-256 of their JSON.</returns>
    public static string Of(params object?[] parts) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(JsonConvert.SerializeObject(parts, Formatting.None))));
}
