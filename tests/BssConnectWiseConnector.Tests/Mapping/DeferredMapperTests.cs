using AutoMapper;
using BssConnectWiseConnector.Mapping;
using Moq;

namespace BssConnectWiseConnector.Tests.Mapping;

[TestClass]
public sealed class DeferredMapperTests
{
    [TestMethod]
    public void Constructor_NothingMapped_NeverBuildsTheConfiguration()
    {
        var builds = 0;

        var mapper = new DeferredMapper(() => { builds++; return Mock.Of<IMapper>(); });

        Assert.IsFalse(mapper.IsBuilt);
        Assert.AreEqual(0, builds);
    }

    [TestMethod]
    public void Map_SeveralCalls_BuildsOnceAndDelegates()
    {
        var builds = 0;
        var real = new Mock<IMapper>();
        real.Setup(m => m.Map<string, int>("42")).Returns(42);
        var mapper = new DeferredMapper(() => { builds++; return real.Object; });

        var first = mapper.Map<string, int>("42");
        var second = mapper.Map<string, int>("42");

        Assert.AreEqual(42, first);
        Assert.AreEqual(42, second);
        Assert.AreEqual(1, builds);
        Assert.IsTrue(mapper.IsBuilt);
    }
}
