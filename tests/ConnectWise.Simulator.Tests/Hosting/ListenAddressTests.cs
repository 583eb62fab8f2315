using System.Net;
using ConnectWise.Simulator.Hosting;

namespace ConnectWise.Simulator.Tests.Hosting;

[TestClass]
public sealed class ListenAddressTests
{
    [TestMethod]
    [DataRow("http://127.0.0.1:0", "127.0.0.1", 0)]
    [DataRow("http://localhost:5050", "127.0.0.1", 5050)]
    [DataRow("http://127.0.0.1:5050;http://127.0.0.1:5051", "127.0.0.1", 5050)]
    [DataRow("http://[::1]:6000", "::1", 6000)]
    public void Parse_Url_GivesAddressAndPort(string urls, string address, int port)
    {
        var endpoint = ListenAddress.Parse(urls);

        Assert.AreEqual(IPAddress.Parse(address), endpoint.Address);
        Assert.AreEqual(port, endpoint.Port);
    }

    [TestMethod]
    [DataRow("https://127.0.0.1:5050")]
    [DataRow("http://example.test:5050")]
    [DataRow("")]
    public void Parse_UnsupportedUrl_Throws(string urls)
    {
        Assert.ThrowsExactly<ArgumentException>(() => ListenAddress.Parse(urls));
    }
}
