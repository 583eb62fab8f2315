using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Newtonsoft.Json;

namespace BssConnectWiseConnector.Sync;

/// <summary>A stable hash of the local inputs of a mapping, for <c>NaturalKeyPush.FingerprintAsync</c>.</summary>
/// <remarks>
/// The text hashed is exactly <c>JsonConvert.SerializeObject(parts, Formatting.None)</c> (the stored links hold these
/// values, so another text would re-send every record once after an upgrade; <c>FingerprintTests</c> pin known
/// ones), written with one serializer for all calls and, per thread, one text buffer and UTF-8 buffer kept between
/// calls: an unchanged re-push of 20,000 records fingerprints each of them.
/// </remarks>
internal static class Fingerprint
{
    // What JsonConvert.SerializeObject builds per call when no default settings are set (the connector sets none).
    private static readonly JsonSerializer Serializer = JsonSerializer.CreateDefault();

    private const int MaxKeptCapacity = 64 * 1024;

    [ThreadStatic]
    private static StringBuilder? _text;

    /// <summary>Hashes the parts.</summary>
    /// <param name="parts">The inputs: a version tag first (so a mapping change re-sends), then the record and the ids it resolves to.</param>
    /// <returns>The hex SHA-256 of their JSON.</returns>
    public static string Of(params object?[] parts)
    {
        // A buffer grown by one very large record is not kept.
        var text = _text is { Capacity: <= MaxKeptCapacity } kept ? kept.Clear() : _text = new StringBuilder(1024);
        using (var writer = new JsonTextWriter(new StringWriter(text, CultureInfo.InvariantCulture)) { Formatting = Formatting.None })
        {
            Serializer.Serialize(writer, parts);
        }

        var chars = ArrayPool<char>.Shared.Rent(text.Length);
        var bytes = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(text.Length));
        try
        {
            text.CopyTo(0, chars, 0, text.Length);
            var length = Encoding.UTF8.GetBytes(chars, 0, text.Length, bytes, 0);
            Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
            SHA256.HashData(bytes.AsSpan(0, length), hash);
            return Convert.ToHexStringLower(hash);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
            ArrayPool<char>.Shared.Return(chars);
        }
    }
}
