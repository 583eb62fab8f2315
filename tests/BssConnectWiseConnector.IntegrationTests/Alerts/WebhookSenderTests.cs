using System.Security.Cryptography;
using System.Text;
using Bss.IntegrationFramework.Host.Alerts;
using BssConnectWiseConnector.IntegrationTests.Support;

namespace BssConnectWiseConnector.IntegrationTests.Alerts;

[TestClass]
public sealed class WebhookSenderTests
{
    private const string Secret = "webhook-signing-secret-1234";

    public TestContext TestContext { get; set; } = null!;

    private static AlertNotification Notification => new()
    {
        Event = AlertEvents.Raised,
        Instance = "acme",
        SentAt = new DateTimeOffset(2026, 12, 2, 12, 0, 0, TimeSpan.Zero),
        AlertId = 7,
        Condition = nameof(AlertCondition.CredentialsRefused),
        Subject = string.Empty,
        Message = "ConnectWise refused the credentials.",
        Fix = "Check the keys.",
    };

    [TestMethod]
    public async Task SendAsync_ReceiverFailsTwiceThenAnswers_RetriesAndSignsEveryAttempt()
    {
        using var receiver = new WebhookReceiver(503, 500);
        using var sender = new WebhookSender([TimeSpan.FromMilliseconds(10), TimeSpan.FromMilliseconds(20), TimeSpan.FromMilliseconds(40)], TimeProvider.System, TimeSpan.FromSeconds(10));

        var delivery = await sender.SendAsync(receiver.Url, Secret, Notification, TestContext.CancellationToken);

        Assert.IsTrue(delivery.Delivered, delivery.ToString());
        Assert.AreEqual(3, delivery.Attempts);
        Assert.HasCount(3, receiver.Requests);
        foreach (var request in receiver.Requests)
        {
            Assert.AreEqual("POST", request.Method);
            StringAssert.StartsWith(request.ContentType, "application/json");
            var expected = "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(Secret), request.Body));
            Assert.AreEqual(expected, request.Signature, "the receiver can verify the body with the shared secret");
            Assert.DoesNotContain(Secret, request.Text);
        }

        Assert.AreEqual(1, receiver.Requests.Select(r => r.Text).Distinct().Count(), "every attempt sends the same body");
    }

    [TestMethod]
    public async Task SendAsync_ReceiverRefusesWith400_DoesNotRetry()
    {
        using var receiver = new WebhookReceiver(400);
        using var sender = new WebhookSender([TimeSpan.FromMilliseconds(10)], TimeProvider.System, TimeSpan.FromSeconds(10));

        var delivery = await sender.SendAsync(receiver.Url, Secret, Notification, TestContext.CancellationToken);

        Assert.IsFalse(delivery.Delivered);
        Assert.AreEqual(1, delivery.Attempts);
        StringAssert.Contains(delivery.ToString(), "HTTP 400");
    }

    [TestMethod]
    public async Task SendAsync_ReceiverKeepsFailing_StopsAfterTheLastRetry()
    {
        using var receiver = new WebhookReceiver(500, 500, 500, 500, 500);
        using var sender = new WebhookSender([TimeSpan.FromMilliseconds(5), TimeSpan.FromMilliseconds(5)], TimeProvider.System, TimeSpan.FromSeconds(10));

        var delivery = await sender.SendAsync(receiver.Url, Secret, Notification, TestContext.CancellationToken);

        Assert.IsFalse(delivery.Delivered);
        Assert.AreEqual(3, delivery.Attempts);
        Assert.HasCount(3, receiver.Requests);
    }

    [TestMethod]
    public void Verify_BodyChanged_IsFalse()
    {
        var body = WebhookSender.Serialize(Notification);
        var signature = WebhookSignature.Compute(Secret, body);
        body[^2] ^= 1;

        Assert.IsFalse(WebhookSignature.Verify(Secret, body, signature));
        Assert.IsTrue(WebhookSignature.Verify(Secret, WebhookSender.Serialize(Notification), signature));
    }

    [TestMethod]
    [DataRow("http://hooks.example.com/bss", true)]
    [DataRow("http://127.0.0.1:9/bss", false)]
    [DataRow("https://user:pass@hooks.example.com/bss", true)]
    [DataRow("ftp://hooks.example.com/bss", true)]
    public void Parse_AddressNotAllowed_Throws(string url, bool allowLoopbackHttp)
    {
        Assert.ThrowsExactly<Bss.IntegrationFramework.Host.HostException>(() => WebhookAddress.Parse(url, allowLoopbackHttp));
    }

    [TestMethod]
    public void Parse_HttpsOrAllowedLoopback_IsAccepted()
    {
        Assert.AreEqual("hooks.example.com", WebhookAddress.Parse("https://hooks.example.com/bss", false).Host);
        Assert.AreEqual(9, WebhookAddress.Parse("http://127.0.0.1:9/bss", true).Port);
    }
}
