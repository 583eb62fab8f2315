using System.Net;
using BssConnectWiseConnector.Http;
using BssConnectWiseConnector.Http.Errors;

namespace BssConnectWiseConnector.Tests.Http;

[TestClass]
public sealed class ConnectWiseErrorMapperTests
{
    private static readonly SecretRedactor Redactor = new(["Priv4teK3yValue"]);

    [TestMethod]
    public void Map_ValidationBodyWithObjectExists_GivesValidationExceptionWithFields()
    {
        const string body = """{"code":"InvalidObject","message":"company object is invalid","errors":[{"code":"ObjectExists","message":"The identifier is already in use.","resource":"company","field":"identifier"}]}""";

        var exception = ConnectWiseErrorMapper.Map(HttpStatusCode.BadRequest, body, "POST", "company/companies", Redactor);

        Assert.IsInstanceOfType<ConnectWiseValidationException>(exception);
        Assert.AreEqual("InvalidObject", exception.Code);
        Assert.IsTrue(exception.IsObjectExists);
        Assert.AreEqual("identifier", exception.Errors.Single().Field);
        Assert.AreEqual("company", exception.Errors.Single().Resource);
        Assert.Contains("company.identifier ObjectExists", exception.Message);
    }

    [TestMethod]
    [DataRow(HttpStatusCode.NotFound, typeof(ConnectWiseNotFoundException))]
    [DataRow(HttpStatusCode.Unauthorized, typeof(ConnectWiseAuthenticationException))]
    [DataRow(HttpStatusCode.Forbidden, typeof(ConnectWiseAuthenticationException))]
    [DataRow(HttpStatusCode.TooManyRequests, typeof(ConnectWiseRateLimitedException))]
    [DataRow(HttpStatusCode.InternalServerError, typeof(ConnectWiseApiException))]
    public void Map_Status_GivesTheTypeCallersBranchOn(HttpStatusCode status, Type expected)
    {
        var exception = ConnectWiseErrorMapper.Map(status, """{"code":"X","message":"m"}""", "GET", "company/companies/1", Redactor);

        Assert.AreEqual(expected, exception.GetType());
        Assert.AreEqual(status, exception.StatusCode);
    }

    [TestMethod]
    [DataRow("<html><body>Bad gateway</body></html>")]
    [DataRow("{not json")]
    [DataRow("")]
    [DataRow(null)]
    [DataRow("""{"code":5,"errors":{"a":1}}""")]
    public void Map_BodyThatIsNotConnectWiseJson_NeverThrows(string? body)
    {
        var exception = ConnectWiseErrorMapper.Map(HttpStatusCode.BadGateway, body, "GET", "x", Redactor);

        Assert.AreEqual(HttpStatusCode.BadGateway, exception.StatusCode);
        Assert.IsNotNull(exception.Message);
    }

    [TestMethod]
    public void Map_BodyEchoingTheSecret_IsRedactedAndTruncated()
    {
        var body = """{"code":"Unauthorized","message":"bad key Priv4teK3yValue"}""" + new string(' ', 5000);

        var exception = ConnectWiseErrorMapper.Map(HttpStatusCode.Unauthorized, body, "GET", "x", Redactor);

        Assert.DoesNotContain("Priv4teK3yValue", exception.Message);
        Assert.DoesNotContain("Priv4teK3yValue", exception.RawBody!);
        Assert.IsLessThan(2100, exception.RawBody!.Length);
    }
}
