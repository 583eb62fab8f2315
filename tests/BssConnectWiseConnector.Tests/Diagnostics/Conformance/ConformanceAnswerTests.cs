using BssConnectWiseConnector.Diagnostics.Conformance;
using Newtonsoft.Json.Linq;

namespace BssConnectWiseConnector.Tests.Diagnostics.Conformance;

[TestClass]
public sealed class ConformanceAnswerTests
{
    [TestMethod]
    public void Describe_ConnectWiseError_QuotesCodeMessageAndFieldErrors()
    {
        var body = JToken.Parse("""{"code":"InvalidObject","message":"payment object is invalid","errors":[{"code":"InvalidField","message":"Type is not valid.","resource":"payment","field":"type"}]}""");

        var text = new ConformanceAnswer(400, body, body.ToString(), null, null).Describe();

        Assert.AreEqual("400 InvalidObject: payment object is invalid (type: Type is not valid.)", text);
    }

    [TestMethod]
    public void Describe_HtmlErrorPage_QuotesTheStartOfTheText()
    {
        var text = new ConformanceAnswer(502, null, "<html>Bad gateway</html>", null, null).Describe();

        Assert.AreEqual("502: <html>Bad gateway</html>", text);
    }

    [TestMethod]
    public void Id_CreatedRecord_IsItsId() =>
        Assert.AreEqual(42, new ConformanceAnswer(201, JToken.Parse("""{"id":42}"""), "", null, null).Id);
}
