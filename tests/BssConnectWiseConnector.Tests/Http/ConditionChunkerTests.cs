using BssConnectWiseConnector.Http;

namespace BssConnectWiseConnector.Tests.Http;

[TestClass]
public sealed class ConditionChunkerTests
{
    [TestMethod]
    public void ChunkIn_ManyValues_SplitsUnderTheLimitAndKeepsEveryValue()
    {
        var values = Enumerable.Range(1, 2000).Select(i => (object)$"CUST-{i:D5} & 'Partners' %").ToArray();

        var chunks = ConditionChunker.ChunkIn("identifier", values, maxEncodedLength: 1400);

        Assert.IsGreaterThan(1, chunks.Count);
        Assert.IsTrue(chunks.All(c => Uri.EscapeDataString(c.Text).Length <= 1400));
        var sent = chunks.Sum(c => c.Text.Split("CUST-").Length - 1);
        Assert.AreEqual(2000, sent);
    }

    [TestMethod]
    public void ChunkIn_FewValues_OneCondition()
    {
        var chunks = ConditionChunker.ChunkIn("identifier", ["A", "B", "A"]);

        Assert.HasCount(1, chunks);
        Assert.AreEqual("identifier in (\"A\",\"B\")", chunks[0].Text);
    }
}
