using System.Security.Cryptography;
using System.Text;

namespace BssConnectWiseConnector.Sync;

/// <summary>
/// The lower-case hex SHA-256 of a text's UTF-8 bytes, the same as <c>SHA256.HashData</c> gives, from one hash object
/// kept per thread: the one-shot call sets up and frees a native digest context each time, and in a re-push of 20,000
/// unchanged records that took about a quarter of the busy time (docs/benchmarks.md, "Figures (2026-12-03 evening…)").
/// </summary>
internal static class Sha256Text
{
    [ThreadStatic]
    private static IncrementalHash? _hash;

    /// <summary>Hashes a text.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The 64 lower-case hex digits.</returns>
    public static string Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var hash = _hash ??= IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes(text));
        Span<byte> digest = stackalloc byte[SHA256.HashSizeInBytes];
        hash.GetHashAndReset(digest);
        return Convert.ToHexStringLower(digest);
    }
}
