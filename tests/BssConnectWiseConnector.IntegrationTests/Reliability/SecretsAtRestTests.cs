using System.Text;
using Bss.IntegrationFramework.Host;
using Bss.IntegrationFramework.Host.Storage;
using BssConnectWiseConnector.IntegrationTests.Support;

namespace BssConnectWiseConnector.IntegrationTests.Reliability;

/// <summary>Secret server variables in the SQLite store: encrypted under the host's protection key, readable only with it.</summary>
[TestClass]
public sealed class SecretsAtRestTests
{
    private const string ClientId = "0b3f8c1e-7d2a-4c55-9e61-2f4a8b9c7d10";

    public TestContext TestContext { get; set; } = null!;

    private CancellationToken Token => TestContext.CancellationToken;

    [TestMethod]
    public async Task InstanceActivate_WithProtectionKey_StoreFileHoldsNoSecretAndReadsBack()
    {
        using var folder = new TempFolder();
        var privateKey = "pk-" + Guid.NewGuid().ToString("N");
        var keyFile = folder.File("protection.key", "correct horse battery staple " + Guid.NewGuid().ToString("N"));
        var cli = new CliRunner(folder.DatabasePath);

        var activated = await cli.RunAsync(Token, [.. Activate("sec", privateKey), "--protection-key-file", keyFile]);
        var shown = await cli.RunAsync(Token, "instance", "show", "sec", "--protection-key-file", keyFile);

        Assert.AreEqual(0, activated.ExitCode, activated.ToString());
        Assert.AreEqual(0, shown.ExitCode, shown.ToString());
        StringAssert.Contains(shown.Output, "Settings: valid.", "the connector validated the decrypted values");
        Assert.DoesNotContain("unencrypted", shown.Output);
        Assert.DoesNotContain(privateKey, shown.Output);
        var bytes = StoreBytes(folder.DatabasePath);
        Assert.IsFalse(Contains(bytes, privateKey), "the private key is not in the store file");
        Assert.IsFalse(Contains(bytes, ClientId), "the clientId is not in the store file");
        Assert.IsTrue(Contains(bytes, SecretProtector.Prefix), "the values are there, encrypted");

        using var services = await HostServices.OpenAsync(new HostSettings { DatabasePath = folder.DatabasePath, Protector = new SecretProtector(File.ReadAllText(keyFile)) }, Token);
        var instance = await services.Instances.GetAsync("sec", Token);
        var variables = await services.Instances.GetVariablesAsync(instance.Id, Token);
        Assert.AreEqual(privateKey, variables["PrivateKey"]);
        Assert.AreEqual(ClientId, variables["ClientId"]);
        Assert.AreEqual("acme", variables["CompanyId"], "a value that is not secret is stored as typed");
    }

    [TestMethod]
    public async Task InstanceShow_WrongOrMissingProtectionKey_ClearErrorNeverGarbage()
    {
        using var folder = new TempFolder();
        var privateKey = "pk-" + Guid.NewGuid().ToString("N");
        var keyFile = folder.File("protection.key", "the right key for this store 0001");
        var wrongFile = folder.File("wrong.key", "another key entirely for testing 0002");
        var cli = new CliRunner(folder.DatabasePath);
        Assert.AreEqual(0, (await cli.RunAsync(Token, [.. Activate("sec", privateKey), "--protection-key-file", keyFile])).ExitCode);

        var wrong = await cli.RunAsync(Token, "instance", "show", "sec", "--protection-key-file", wrongFile);
        var missing = await cli.RunAsync(Token, "check", "sec");

        Assert.AreEqual(1, wrong.ExitCode, wrong.ToString());
        StringAssert.Contains(wrong.Error, "cannot be decrypted with this protection key");
        Assert.AreNotEqual(0, missing.ExitCode, missing.ToString());
        StringAssert.Contains(missing.Error, "is stored encrypted: give the host its protection key");
        Assert.DoesNotContain(privateKey, wrong.ToString() + missing);
    }

    [TestMethod]
    public async Task InstanceShow_NoProtectionKey_SaysOnceThatSecretsAreUnencrypted()
    {
        using var folder = new TempFolder();
        var cli = new CliRunner(folder.DatabasePath);
        Assert.AreEqual(0, (await cli.RunAsync(Token, Activate("plain", "pk-plain-value-1234"))).ExitCode);

        var shown = await cli.RunAsync(Token, "instance", "show", "plain");

        Assert.AreEqual(0, shown.ExitCode, shown.ToString());
        var warnings = shown.Output.Split('\n').Count(l => l.Contains("secrets stored unencrypted: set BSS_PROTECTION_KEY", StringComparison.Ordinal));
        Assert.AreEqual(1, warnings, shown.Output);
    }

    [TestMethod]
    public void Unprotect_ValueMovedToAnotherVariable_DoesNotDecrypt()
    {
        var protector = new SecretProtector("a protection key of some length");
        var stored = protector.Protect("PrivateKey", "value");

        Assert.AreEqual("value", protector.Unprotect("PrivateKey", stored));
        Assert.ThrowsExactly<HostException>(() => protector.Unprotect("PublicKey", stored));
        Assert.ThrowsExactly<HostException>(() => protector.Unprotect("PrivateKey", stored[..^4] + "AAAA"));
    }

    private static string[] Activate(string name, string privateKey) =>
    [
        "instance", "activate", name,
        "--var", "ConnectWiseUrl=https://na.myconnectwise.net",
        "--var", "CompanyId=acme",
        "--var", "PublicKey=pub-key",
        "--var", $"PrivateKey={privateKey}",
        "--var", $"ClientId={ClientId}",
        "--var", "ImportAccountStatusId=1",
    ];

    private static byte[] StoreBytes(string databasePath)
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        return [.. new[] { databasePath, databasePath + "-wal" }.Where(File.Exists).SelectMany(File.ReadAllBytes)];
    }

    private static bool Contains(byte[] haystack, string text) =>
        haystack.AsSpan().IndexOf(Encoding.UTF8.GetBytes(text)) >= 0;
}
