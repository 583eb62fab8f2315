using System.Security.Cryptography;
using System.Text;
using Newtonsoft.Json;

namespace BssConnectWiseConnector.Sync;

/// <summary>A stable hash of the local inputs of a mapping, for <c>NaturalKeyPush.FingerprintAsync</c>: the text of <c>JsonConvert.SerializeObject(parts)</c>, as stored links hold it (pinned by FingerprintTests), from one serializer into a buffer kept per thread, hashed by one SHA-256 object per thread (the one-shot call sets up a native digest per record: docs/benchmarks.md, "Figures (2026-12-03 evening…)").</summary>
internal static class Fingerprint
{
    private static readonly JsonSerializer Serializer = JsonSerializer.CreateDefault();

    [ThreadStatic]
    private static StringBuilder? _text;

    [ThreadStatic]
    private static IncrementalHash? _hash;

    /// <summary>Hashes the parts.</summary>
    /// <param name="parts">The inputs: a version tag first (so a mapping change re-sends), then the record and the ids it resolves to.</param>
    /// <returns>The hex SHA-256 of their JSON.</returns>
    public static string Of(params object?[] parts)
    {
        var text = (_text ??= new StringBuilder(1024)).Clear();
        Serializer.Serialize(new StringWriter(text, System.Globalization.CultureInfo.InvariantCulture), parts);
        var hash = _hash ??= IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes(text.ToString()));
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
