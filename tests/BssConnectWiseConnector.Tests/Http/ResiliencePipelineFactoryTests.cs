using System.Net;
using BssConnectWiseConnector.Http;
using BssConnectWiseConnector.Tests.TestSupport;
using Microsoft.Extensions.Time.Testing;

namespace BssConnectWiseConnector.Tests.Http;

[TestClass]
public sealed class ResiliencePipelineFactoryTests
{
    private static readonly ResilienceOptions Fast = new() { BaseDelay = TimeSpan.FromMilliseconds(1), MaxDelay = TimeSpan.FromMilliseconds(20), MaxRetryAttempts = 3 };

    private static HttpClient Client(StubHttpMessageHandler stub) =>
        new(new ResilienceHandler(ResiliencePipelineFactory.Create(Fast, TimeProvider.System)) { InnerHandler = stub });

    [TestMethod]
    public async Task SendAsync_Get503ThenOk_IsRetried()
    {
        var stub = new StubHttpMessageHandler((_, call) => new HttpResponseMessage(call == 1 ? HttpStatusCode.ServiceUnavailable : HttpStatusCode.OK));
        using var client = Client(stub);

        using var response = await client.GetAsync(new Uri("https://x.test/a"));

        Assert.AreEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.AreEqual(2, stub.Calls);
    }

    [TestMethod]
    [DataRow("POST")]
    [DataRow("PATCH")]
    public async Task SendAsync_Write503_IsNotRetriedBlindly(string method)
    {
        var stub = new StubHttpMessageHandler((_, _) => new HttpResponseMessage(HttpStatusCode.ServiceUnavailable));
        using var client = Client(stub);
        using var request = new HttpRequestMessage(new HttpMethod(method), new Uri("https://x.test/a")) { Content = new StringContent("{}") };

        using var response = await client.SendAsync(request);

        Assert.AreEqual(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.AreEqual(1, stub.Calls);
    }

    [TestMethod]
    public async Task SendAsync_Post429WithRetryAfter_IsRetriedBecauseNothingWasProcessed()
    {
        var stub = new StubHttpMessageHandler((_, call) =>
        {
            if (call > 1)
            {
                return new HttpResponseMessage(HttpStatusCode.Created);
            }

            var throttled = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
            throttled.Headers.TryAddWithoutValidation("Retry-After", "0");
            return throttled;
        });
        using var client = Client(stub);

        using var response = await client.PostAsync(new Uri("https://x.test/a"), new StringContent("{\"name\":\"x\"}"));

        Assert.AreEqual(HttpStatusCode.Created, response.StatusCode);
        Assert.AreEqual(2, stub.Calls);
        Assert.AreEqual("{\"name\":\"x\"}", stub.Requests.Last().Body);
    }

    [TestMethod]
    public async Task SendAsync_GetConnectionFailure_IsRetriedUntilTheLimit()
    {
        var stub = new StubHttpMessageHandler((_, _) => throw new HttpRequestException("connection refused"));
        using var client = Client(stub);

        await Assert.ThrowsExactlyAsync<HttpRequestException>(() => client.GetAsync(new Uri("https://x.test/a")));

        Assert.AreEqual(1 + Fast.MaxRetryAttempts, stub.Calls);
    }

    [TestMethod]
    public void RetryAfter_SecondsOrDate_GiveTheServersWait()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 12, 0, 0, TimeSpan.Zero));
        using var seconds = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        seconds.Headers.TryAddWithoutValidation("Retry-After", "30");
        using var date = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        date.Headers.TryAddWithoutValidation("Retry-After", "Thu, 01 Jan 2026 12:00:45 GMT");
        using var none = new HttpResponseMessage(HttpStatusCode.TooManyRequests);

        Assert.AreEqual(TimeSpan.FromSeconds(30), ResiliencePipelineFactory.RetryAfter(seconds, time, TimeSpan.FromMinutes(2)));
        Assert.AreEqual(TimeSpan.FromSeconds(45), ResiliencePipelineFactory.RetryAfter(date, time, TimeSpan.FromMinutes(2)));
        Assert.AreEqual(TimeSpan.FromSeconds(10), ResiliencePipelineFactory.RetryAfter(seconds, time, TimeSpan.FromSeconds(10)));
        Assert.IsNull(ResiliencePipelineFactory.RetryAfter(none, time, TimeSpan.FromMinutes(2)));
    }

    [TestMethod]
    public void Validate_TotalTimeoutNotAboveAttemptTimeout_IsRefused()
    {
        var options = new ResilienceOptions { AttemptTimeout = TimeSpan.FromSeconds(30), TotalTimeout = TimeSpan.FromSeconds(30) };

        Assert.ThrowsExactly<ArgumentOutOfRangeException>(options.Validate);
    }
}
