using System.Security.Cryptography;
using Bss.IntegrationFramework;

namespace BssConnectWiseConnector.Sync.Callbacks;

/// <summary>
/// ConnectWise's callback signature: <c>x-content-signature</c> is the base64 HMAC-SHA256 of the exact body, keyed
/// with the SHA-256 of the signing key (nango's and amp-labs' verifiers and connectwise-rest's <c>verifyMessage</c>
/// agree on it). Compared in constant time.
/// </summary>
internal static class CallbackSignature
{
    public static bool IsValid(ReadOnlySpan<byte> body, string signature, NotificationSigningKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        Span<byte> received = stackalloc byte[HMACSHA256.HashSizeInBytes];
        if (string.IsNullOrWhiteSpace(signature)
            || !Convert.TryFromBase64String(signature.Trim(), received, out var length)
            || length != HMACSHA256.HashSizeInBytes)
        {
            return false;
        }

        Span<byte> hashedKey = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(key.Material, hashedKey);
        Span<byte> expected = stackalloc byte[HMACSHA256.HashSizeInBytes];
        HMACSHA256.HashData(hashedKey, body, expected);
        return CryptographicOperations.FixedTimeEquals(expected, received);
    }
}
