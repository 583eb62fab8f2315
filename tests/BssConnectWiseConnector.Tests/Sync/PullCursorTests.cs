using BssConnectWiseConnector.Sync;

namespace BssConnectWiseConnector.Tests.Sync;

[TestClass]
public sealed class PullCursorTests
{
    [TestMethod]
    public void Parse_NoText_AFullRead()
    {
        var cursor = PullCursor.Parse(null);

        Assert.IsNull(cursor.Since);
        Assert.IsNull(cursor.AfterId);
        Assert.IsNull(cursor.NextSince);
    }

    [TestMethod]
    public void Parse_UnreadableText_AFullReadRatherThanAGuess()
    {
        var cursor = PullCursor.Parse("{not json");

        Assert.AreEqual(new PullCursor(), cursor);
    }

    [TestMethod]
    public void Serialize_CursorUnderWay_ReadsBackTheSameInUtcSeconds()
    {
        var cursor = new PullCursor
        {
            Since = new DateTimeOffset(2026, 11, 25, 15, 0, 0, TimeSpan.FromHours(1)),
            AfterId = 1000,
            NextSince = new DateTimeOffset(2026, 11, 25, 14, 59, 0, TimeSpan.Zero),
        };

        var text = cursor.Serialize();
        var again = PullCursor.Parse(text);

        Assert.Contains("\"since\":\"2026-11-25T14:00:00Z\"", text);
        Assert.AreEqual(cursor.Since, again.Since);
        Assert.AreEqual(1000, again.AfterId);
        Assert.AreEqual(cursor.NextSince, again.NextSince);
    }

    [TestMethod]
    public void Serialize_CompletedPull_LeavesOutWhatIsNotSet()
    {
        var text = new PullCursor { Since = new DateTimeOffset(2026, 11, 25, 14, 59, 0, TimeSpan.Zero) }.Serialize();

        Assert.AreEqual("{\"since\":\"2026-11-25T14:59:00Z\"}", text);
    }

    [TestMethod]
    public void TryParse_UnreadableText_FalseAndAFullRead()
    {
        var readable = PullCursor.TryParse("{not json", out var cursor);

        Assert.IsFalse(readable);
        Assert.AreEqual(new PullCursor(), cursor);
    }

    [TestMethod]
    public void Serialize_DeliveredVersions_ReadBackById()
    {
        var text = new PullCursor { Since = new DateTimeOffset(2026, 11, 25, 14, 59, 0, TimeSpan.Zero), Delivered = new Dictionary<int, string> { [7] = "AB12" } }.Serialize();

        var again = PullCursor.Parse(text);

        Assert.AreEqual("AB12", again.Delivered![7]);
        Assert.IsNull(again.Delivering);
    }
}
