using System.Net;
using Bss.IntegrationFramework;
using BssConnectWiseConnector.Clients;
using BssConnectWiseConnector.Diagnostics;
using BssConnectWiseConnector.Http;
using BssConnectWiseConnector.Lookups;
using BssConnectWiseConnector.Mapping;
using BssConnectWiseConnector.Sync;
using Microsoft.Extensions.Logging.Abstractions;
using Moq;

namespace BssConnectWiseConnector.Tests.TestSupport;

/// <summary>Builds the services a module is made from, over a stub HTTP handler, for module tests with Moq clients.</summary>
internal static class TestModuleServices
{
    public static readonly AutoMapper.IMapper Mapper = MapperFactory.Create(null, NullLoggerFactory.Instance);

    public static ModuleServices Create(
        IIntegrationLinkStore links,
        Dictionary<string, IReadOnlyDictionary<string, string>>? lookups = null,
        IBssRecordSource? records = null,
        HttpMessageHandler? handler = null,
        Func<string, Type, object?>? pushModule = null)
    {
        handler ??= new StubHttpMessageHandler((request, _) => throw new InvalidOperationException("Unexpected request " + request.RequestUri));
        var resolver = new Mock<ICodebaseResolver>();
        resolver.Setup(r => r.GetApiBaseAsync(It.IsAny<CancellationToken>())).ReturnsAsync(new Uri("https://api-na.myconnectwise.net/v4_6_release/apis/3.0/"));
        var connection = new ConnectWiseConnection(new HttpClient(handler), resolver.Object, SecretRedactor.None, new RequestCounter(), NullLogger.Instance);
        var context = new SyncModuleContext(
            TestSettings.Parse(),
            new LookupTables(lookups ?? new Dictionary<string, IReadOnlyDictionary<string, string>>()),
            links,
            records ?? Mock.Of<IBssRecordSource>(),
            TimeProvider.System,
            NullLoggerFactory.Instance,
            null,
            4);
        return new ModuleServices(new ConnectWiseClient(connection), context, Mapper, new SetupTableCache(TimeProvider.System, CancellationToken.None), SyncOptions.AllEnabled, pushModule ?? ((_, _) => null));
    }

    public static HttpResponseMessage Countries() => StubHttpMessageHandler.Json(
        HttpStatusCode.OK,
        """[{"id":1,"identifier":"US","name":"United States"},{"id":3,"identifier":"GB","name":"United Kingdom"}]""");
}
