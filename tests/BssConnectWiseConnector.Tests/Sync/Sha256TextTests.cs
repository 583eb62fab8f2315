using System.Security.Cryptography;
using System.Text;
using BssConnectWiseConnector.Sync;

namespace BssConnectWiseConnector.Tests.Sync;

[TestClass]
public sealed class Sha256TextTests
{
    [TestMethod]
    [DataRow("")]
    [DataRow("abc")]
    [DataRow("{\"name\":\"Zoë Ltd – 東京\",\"emoji\":\"😀\"}")]
    public void Of_AnyText_IsTheOneShotSha256OfItsUtf8(string text)
    {
        var expected = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

        Assert.AreEqual(expected, Sha256Text.Of(text));
        Assert.AreEqual(expected, Sha256Text.Of(text), "the kept hash object starts afresh after each text");
    }

    [TestMethod]
    public void Of_KnownVector_MatchesTheStandard()
    {
        Assert.AreEqual("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", Sha256Text.Of("abc"));
    }

    [TestMethod]
    public async Task Of_ManyThreadsAtOnce_EachGetsItsOwnHash()
    {
        var texts = Enumerable.Range(0, 2000).Select(i => $"record {i} " + new string('x', i % 300)).ToArray();

        var hashes = await Task.WhenAll(texts.Select(t => Task.Run(() => Sha256Text.Of(t))));

        CollectionAssert.AreEqual(texts.Select(t => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(t)))).ToArray(), hashes);
    }
}
