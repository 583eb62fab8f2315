using System.Text;
using Bss.IntegrationFramework;
using BssConnectWiseConnector.Sync.Callbacks;

namespace BssConnectWiseConnector.Tests.Sync.Callbacks;

[TestClass]
public sealed class CallbackPayloadReaderTests
{
    // Shaped like amp-labs' recorded ConnectWise callback (contact-update.json), with its values replaced.
    private const string Recorded = """
        {"Action":"updated","CallbackObjectRecId":26604,"CompanyId":"sandbox","Entity":"{\"id\":57961,\"firstName\":\"Secret Name\"}",
         "FromUrl":"sandbox-na.myconnectwise.net","ID":57961,"MemberId":"Someone","MessageId":"6dd82302-5e46-47c0-8c84-702868125b76",
         "Metadata":{"key_url":"https://sandbox-na.myconnectwise.net/v2025_1//system/callbackkey/index.rails?companyName=sandbox&id=e17e6674"},
         "Type":"contact"}
        """;

    [TestMethod]
    public void Read_RecordedContactCallback_NamesTheModuleRecordActionKeyAndMessage()
    {
        var notification = CallbackPayloadReader.Read(Encoding.UTF8.GetBytes(Recorded));

        Assert.AreEqual("contact", notification.RemoteType);
        Assert.AreEqual(BssModules.Contacts, notification.Module);
        Assert.AreEqual("57961", notification.RemoteId);
        Assert.AreEqual("updated", notification.Action);
        Assert.AreEqual("sandbox-na.myconnectwise.net", notification.KeyUrl.Host);
        Assert.AreEqual("6dd82302-5e46-47c0-8c84-702868125b76", notification.MessageId);
    }

    [TestMethod]
    public void Read_TypeNoModulePulls_HasNoModule()
    {
        var notification = CallbackPayloadReader.Read(Encoding.UTF8.GetBytes(Recorded.Replace("\"Type\":\"contact\"", "\"Type\":\"ticket\"", StringComparison.Ordinal)));

        Assert.IsNull(notification.Module);
    }

    [TestMethod]
    [DataRow("\"ID\":57961", "\"ID\":0", "ID")]
    [DataRow("\"ID\":57961", "\"ID\":\"abc\"", "ID")]
    [DataRow("\"Type\":\"contact\"", "\"Type\":7", "Type")]
    [DataRow("\"Action\":\"updated\"", "\"Action\":\"\"", "Action")]
    [DataRow("\"key_url\":\"https", "\"key_url\":\"relative/https", "Metadata.key_url")]
    public void Read_FieldMissingOrWrong_FailsNamingTheFieldWithoutQuotingTheBody(string original, string replacement, string field)
    {
        var body = Recorded.Replace(original, replacement, StringComparison.Ordinal);

        var error = Assert.ThrowsExactly<FormatException>(() => CallbackPayloadReader.Read(Encoding.UTF8.GetBytes(body)));

        Assert.Contains(field, error.Message);
        Assert.DoesNotContain("Secret Name", error.Message);
    }

    [TestMethod]
    [DataRow("[1,2]")]
    [DataRow("{\"Type\":")]
    [DataRow("")]
    public void Read_NotAJsonObject_FailsAsMalformed(string body) =>
        Assert.ThrowsExactly<FormatException>(() => CallbackPayloadReader.Read(Encoding.UTF8.GetBytes(body)));

    [TestMethod]
    public void Read_InvalidUtf8_FailsAsMalformed() =>
        Assert.ThrowsExactly<FormatException>(() => CallbackPayloadReader.Read([0x7B, 0xC3, 0x28, 0x7D]));
}
