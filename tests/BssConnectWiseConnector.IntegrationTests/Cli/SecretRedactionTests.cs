using Bss.IntegrationFramework;
using Bss.IntegrationFramework.Host.Cli;
using Bss.IntegrationFramework.Host.Instances;
using Bss.IntegrationFramework.Host.Storage;
using Bss.IntegrationFramework.Host.Sync;
using BssConnectWiseConnector.IntegrationTests.Support;
using Moq;

namespace BssConnectWiseConnector.IntegrationTests.Cli;

[TestClass]
public sealed class SecretRedactionTests
{
    public TestContext TestContext { get; set; } = null!;

    private CancellationToken Token => TestContext.CancellationToken;

    [TestMethod]
    public void Redact_KnownSecrets_AreMaskedLongestFirstAndShortValuesIgnored()
    {
        var redactor = new SecretRedactor();
        redactor.Add("abcd");
        redactor.Add("abcd-efgh-1234");
        redactor.Add("xy");
        redactor.Add(null);

        var text = redactor.Redact("key abcd-efgh-1234 then abcd and xy");

        Assert.AreEqual("key ******** then ******** and xy", text);
    }

    [TestMethod]
    public async Task Writer_SecretInAnyWrite_NeverReachesTheInnerWriter()
    {
        var redactor = new SecretRedactor();
        redactor.Add("pk-live-98765");
        using var inner = new StringWriter();
        using var writer = new RedactingTextWriter(inner, redactor);

        writer.WriteLine("error: 401 for pk-live-98765");
        writer.Write("pk-live-98765".ToCharArray(), 0, 13);
        await writer.WriteLineAsync("again pk-live-98765");

        Assert.DoesNotContain("pk-live-98765", inner.ToString());
        StringAssert.Contains(inner.ToString(), "error: 401 for ********");
    }

    [TestMethod]
    public async Task RecordAsync_ReasonHoldingASecret_IsStoredMasked()
    {
        await using var host = await TestHost.StartAsync(Token);
        var instance = await host.Services.Instances.CreateAsync("redact", "fake", Token);
        host.Services.Redactor.Add("private-key-from-the-connector");
        var context = new ConnectorContext
        {
            InstanceName = instance.Name,
            ServerVariables = new Dictionary<string, string?>(),
            Links = host.Services.LinksOf(instance),
            State = host.Services.StateOf(instance),
            Records = host.Services.Records,
        };
        var runId = await host.Services.Runs.StartAsync(instance.Id, false, Token);
        var scope = new RunScope(host.Services, new InstanceRuntime(instance, Mock.Of<IConnector>(), context, host.Services.LinksOf(instance)), Mock.Of<IConnectorSession>(), new SyncRequest { InstanceName = "redact" }, runId);

        await scope.RecordAsync(
            [new RunResultRecord { RunId = runId, Module = "Accounts", BssId = "A1", Operation = "Create", Outcome = "Failed", Reason = "401 with private-key-from-the-connector", At = DateTimeOffset.UnixEpoch }],
            new ModuleTally("Accounts", "push"),
            Token);

        var stored = await host.Services.Runs.GetResultsAsync(runId, failedOnly: false, Token);
        Assert.AreEqual("401 with ********", stored.Single().Reason);
    }
}
