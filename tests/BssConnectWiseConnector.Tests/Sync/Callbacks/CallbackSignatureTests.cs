using System.Security.Cryptography;
using System.Text;
using Bss.IntegrationFramework;
using BssConnectWiseConnector.Sync.Callbacks;

namespace BssConnectWiseConnector.Tests.Sync.Callbacks;

[TestClass]
public sealed class CallbackSignatureTests
{
    private static readonly byte[] Body = Encoding.UTF8.GetBytes("""{"Action":"updated","ID":7,"Type":"company"}""");
    private static readonly NotificationSigningKey Key = new(Encoding.UTF8.GetBytes("the-signing-key"));

    // ConnectWise's scheme as nango, amp-labs and connectwise-rest compute it: base64(HMAC-SHA256(SHA-256(key), body)).
    private static string Sign(byte[] body, string key) =>
        Convert.ToBase64String(HMACSHA256.HashData(SHA256.HashData(Encoding.UTF8.GetBytes(key)), body));

    [TestMethod]
    public void IsValid_SignatureOfTheKeyOverTheBody_IsTrue() =>
        Assert.IsTrue(CallbackSignature.IsValid(Body, Sign(Body, "the-signing-key"), Key));

    [TestMethod]
    public void IsValid_BodyChangedByOneByte_IsFalse()
    {
        var tampered = (byte[])Body.Clone();
        tampered[^2] = (byte)'7';

        Assert.IsFalse(CallbackSignature.IsValid(tampered, Sign(Body, "the-signing-key"), Key));
    }

    [TestMethod]
    public void IsValid_SignedWithAnotherKey_IsFalse() =>
        Assert.IsFalse(CallbackSignature.IsValid(Body, Sign(Body, "another-key"), Key));

    [TestMethod]
    public void IsValid_HmacOverTheBodyWithTheUnhashedKey_IsFalse()
    {
        var unhashed = Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes("the-signing-key"), Body));

        Assert.IsFalse(CallbackSignature.IsValid(Body, unhashed, Key));
    }

    [TestMethod]
    [DataRow("")]
    [DataRow("not base64!")]
    [DataRow("c2hvcnQ=")]
    public void IsValid_SignatureNotA32ByteBase64Value_IsFalse(string signature) =>
        Assert.IsFalse(CallbackSignature.IsValid(Body, signature, Key));

    [TestMethod]
    public void ToString_SigningKey_DoesNotShowTheKey() =>
        Assert.DoesNotContain("the-signing-key", Key.ToString());
}
