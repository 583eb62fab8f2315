using System.Security.Cryptography;
using System.Text;

namespace Bss.IntegrationFramework.Host.Alerts;

/// <summary>
/// The signature a receiver checks: <c>X-Bss-Signature: sha256=</c> + the lower-case hex HMAC-SHA256 of the exact
/// body bytes under the secret the administrator set (the same scheme as GitHub's <c>X-Hub-Signature-256</c>).
/// </summary>
internal static class WebhookSignature
{
    /// <summary>The header that carries the signature.</summary>
    public const string Header = "X-Bss-Signature";

    /// <summary>The prefix of the header's value.</summary>
    public const string Prefix = "sha256=";

    /// <summary>Computes the header's value.</summary>
    /// <param name="secret">The signing secret.</param>
    /// <param name="body">The body's bytes.</param>
    /// <returns>The value.</returns>
    public static string Compute(string secret, ReadOnlySpan<byte> body)
    {
        ArgumentNullException.ThrowIfNull(secret);
        return Prefix + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body));
    }

    /// <summary>Checks a signature in constant time.</summary>
    /// <param name="secret">The signing secret.</param>
    /// <param name="body">The body's bytes.</param>
    /// <param name="header">The header's value.</param>
    /// <returns><see langword="true"/> when it matches.</returns>
    public static bool Verify(string secret, ReadOnlySpan<byte> body, string? header) =>
        header is not null && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Compute(secret, body)), Encoding.ASCII.GetBytes(header));
}
