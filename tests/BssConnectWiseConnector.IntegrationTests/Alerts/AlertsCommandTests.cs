using System.Text.Json;
using Bss.IntegrationFramework.Host.Alerts;
using Bss.IntegrationFramework.Host.Storage;
using BssConnectWiseConnector.IntegrationTests.Support;

namespace BssConnectWiseConnector.IntegrationTests.Alerts;

/// <summary>The <c>alerts</c> commands against the simulator and a webhook receiver on 127.0.0.1.</summary>
[TestClass]
public sealed class AlertsCommandTests
{
    private const string Secret = "cli-webhook-secret-7d1c0a";

    public TestContext TestContext { get; set; } = null!;

    private CancellationToken Token => TestContext.CancellationToken;

    [TestMethod]
    [Timeout(120_000, CooperativeCancellation = true)]
    public async Task AlertsTest_WebhookSet_SendsASignedTestAndNeverPrintsTheSecret()
    {
        await using var harness = await SimulatorCli.StartAsync(Token);
        using var receiver = new WebhookReceiver();
        var keyFile = harness.Folder.File("protection.key", "a protection key of more than sixteen characters");

        var set = await harness.RunOkAsync(Token, "alerts", "set", "acme", "--webhook-url", receiver.Url.ToString(), "--webhook-secret", Secret, "--threshold", "FailedRecords=3", "--off", "DriftReported", "--protection-key-file", keyFile);
        var test = await harness.RunOkAsync(Token, "alerts", "test", "acme", "--protection-key-file", keyFile);
        var shown = await harness.RunOkAsync(Token, "alerts", "acme", "--json");

        var request = receiver.Requests.Single();
        Assert.AreEqual(AlertEvents.Test, request.Event);
        Assert.IsTrue(WebhookSignature.Verify(Secret, request.Body, request.Signature));
        StringAssert.Contains(test.Output, "delivered after 1 attempt");
        foreach (var output in new[] { set.ToString(), test.ToString(), shown.ToString(), request.Text })
        {
            Assert.DoesNotContain(Secret, output);
        }

        using var json = JsonDocument.Parse(shown.Output);
        var conditions = json.RootElement.GetProperty("conditions").EnumerateArray().ToDictionary(c => c.GetProperty("condition").GetString()!);
        Assert.AreEqual("3", conditions[nameof(AlertCondition.FailedRecords)].GetProperty("threshold").GetString());
        Assert.IsFalse(conditions[nameof(AlertCondition.DriftReported)].GetProperty("enabled").GetBoolean());
        Assert.IsTrue(json.RootElement.GetProperty("webhook").GetProperty("secretSet").GetBoolean());

        using var services = await Bss.IntegrationFramework.Host.HostServices.OpenAsync(new Bss.IntegrationFramework.Host.HostSettings { DatabasePath = harness.Cli.DatabasePath }, Token);
        var instance = await services.Instances.GetAsync("acme", Token);
        StringAssert.StartsWith(await services.Alerts.GetStoredWebhookSecretAsync(instance.Id, Token), SecretProtector.Prefix, "stored encrypted like the secret server variables");
    }

    [TestMethod]
    [Timeout(120_000, CooperativeCancellation = true)]
    public async Task Sync_CredentialsRefused_PrintsTheAlertAndAlertsListsItWithItsFix()
    {
        await using var harness = await SimulatorCli.StartAsync(Token);
        harness.Simulator.Options.PrivateKey = "rotated-private-key-ab12";

        var sync = await harness.RunAsync(Token, "sync", "acme");
        var listed = await harness.RunOkAsync(Token, "alerts", "acme");

        Assert.AreEqual(1, sync.ExitCode);
        StringAssert.Contains(sync.Output, "Alert raised: CredentialsRefused");
        StringAssert.Contains(sync.Error, "3 failed records");
        StringAssert.Contains(listed.Output, "2 open alerts");
        StringAssert.Contains(listed.Output, "Fix: Check the Company ID");
        Assert.DoesNotContain("simulator-private", listed.ToString() + sync);
    }

    [TestMethod]
    [Timeout(60_000, CooperativeCancellation = true)]
    public async Task AlertsSet_BadInput_RefusedWithTheReason()
    {
        await using var harness = await SimulatorCli.StartAsync(Token, accounts: 0);

        var unknown = await harness.RunAsync(Token, "alerts", "set", "acme", "--on", "Sometimes");
        var threshold = await harness.RunAsync(Token, "alerts", "set", "acme", "--threshold", "FailedRecords=many");
        var plainHttp = await harness.Cli.RunAsync(Token, "alerts", "set", "acme", "--webhook-url", "http://hooks.example.com/bss");
        var noWebhook = await harness.RunAsync(Token, "alerts", "test", "acme");

        StringAssert.Contains(unknown.Error, "'Sometimes' is not an alert condition");
        StringAssert.Contains(threshold.Error, "not 'many'");
        StringAssert.Contains(plainHttp.Error, "use https");
        StringAssert.Contains(noWebhook.Error, "has no alert webhook");
        Assert.IsTrue(new[] { unknown, threshold, plainHttp, noWebhook }.All(r => r.ExitCode == 1));
    }
}
