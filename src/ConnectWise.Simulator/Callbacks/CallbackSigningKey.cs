using System.Security.Cryptography;
using System.Text;

namespace ConnectWise.Simulator.Callbacks;

/// <summary>
/// The key callbacks are signed with, served at <c>/{codebase}system/callbackkey/index.rails?companyName=…&amp;id=…</c>
/// (the <c>Metadata.key_url</c> of every callback). A signature is the base64 HMAC-SHA256 of the exact body, keyed with
/// the SHA-256 of the key's UTF-8 text (nango, connectwise-rest, amp-labs). The strict profile replaces the key behind
/// the same address every <see cref="StrictRotationEvery"/> callbacks (whether ConnectWise rotates keys is unverified).
/// </summary>
internal sealed class CallbackSigningKey
{
    /// <summary>Callbacks signed with one key in the strict profile before it is replaced.</summary>
    public const int StrictRotationEvery = 5;

    private readonly Lock _gate = new();
    private readonly bool _rotates;
    private string _key = NewKey();
    private int _signed;

    public CallbackSigningKey(bool rotates) => _rotates = rotates;

    /// <summary>The id in the key's address.</summary>
    public string Id { get; } = Guid.NewGuid().ToString("D");

    /// <summary>The key's text as the key endpoint answers it.</summary>
    public string Current
    {
        get
        {
            lock (_gate)
            {
                return _key;
            }
        }
    }

    /// <summary>Signs a body, replacing the key first when it is due.</summary>
    public string Sign(byte[] body)
    {
        string key;
        lock (_gate)
        {
            if (_rotates && _signed > 0 && _signed % StrictRotationEvery == 0)
            {
                _key = NewKey();
            }

            _signed++;
            key = _key;
        }

        return Signature(body, key);
    }

    /// <summary>The signature of a body under a key.</summary>
    public static string Signature(byte[] body, string key) =>
        Convert.ToBase64String(HMACSHA256.HashData(SHA256.HashData(Encoding.UTF8.GetBytes(key)), body));

    private static string NewKey() => Convert.ToHexString(RandomNumberGenerator.GetBytes(24)).ToLowerInvariant();
}
