using BssConnectWiseConnector.Sync.Subscriptions;

namespace BssConnectWiseConnector.Tests.Sync.Subscriptions;

[TestClass]
public sealed class UncertainWriteTests
{
    [TestMethod]
    public async Task CreateAsync_CreateAnswers_ReturnsTheCreatedRecordWithoutLookingAgain()
    {
        var looked = 0;

        var result = await UncertainWrite.CreateAsync(() => Task.FromResult("created"), () => { looked++; return Task.FromResult<string?>("found"); });

        Assert.AreEqual("created", result);
        Assert.AreEqual(0, looked);
    }

    [TestMethod]
    public async Task CreateAsync_AnswerLostAndRecordThere_ReturnsTheRecordFound()
    {
        var result = await UncertainWrite.CreateAsync<string>(() => throw new HttpRequestException("connection reset"), () => Task.FromResult<string?>("found"));

        Assert.AreEqual("found", result);
    }

    [TestMethod]
    public async Task CreateAsync_AnswerLostAndNothingThere_ThrowsTheCreatesFailure()
    {
        var failure = new HttpRequestException("connection reset");

        var thrown = await Assert.ThrowsExactlyAsync<HttpRequestException>(() => UncertainWrite.CreateAsync<string>(() => throw failure, () => Task.FromResult<string?>(null)));

        Assert.AreSame(failure, thrown);
    }

    [TestMethod]
    public async Task CreateAsync_FailureThatCannotHaveCommitted_ThrowsWithoutLookingAgain()
    {
        var looked = 0;

        await Assert.ThrowsExactlyAsync<InvalidOperationException>(() => UncertainWrite.CreateAsync<string>(() => throw new InvalidOperationException("refused"), () => { looked++; return Task.FromResult<string?>("found"); }));

        Assert.AreEqual(0, looked);
    }
}
