using System.Net;
using Bss.IntegrationFramework;
using BssConnectWiseConnector.Clients;
using BssConnectWiseConnector.Diagnostics;
using BssConnectWiseConnector.Http;
using BssConnectWiseConnector.Lookups;
using BssConnectWiseConnector.Mapping;
using BssConnectWiseConnector.Settings;
using BssConnectWiseConnector.Sync;
using Microsoft.Extensions.Logging.Abstractions;
using Moq;

namespace BssConnectWiseConnector.Tests.TestSupport;

/// <summary>Builds the context a module is made from, over a stub HTTP handler (or a given client), for module tests.</summary>
internal static class TestModuleContext
{
    public static readonly AutoMapper.IMapper Mapper = MapperFactory.Create(null, NullLoggerFactory.Instance);

    public static ModuleContext Create(
        IIntegrationLinkStore links,
        Dictionary<string, IReadOnlyDictionary<string, string>>? lookups = null,
        IBssRecordSource? records = null,
        HttpMessageHandler? handler = null,
        TestPushModules? modules = null,
        ConnectWiseSettings? settings = null,
        IConnectWiseClient? client = null,
        IProgress<SyncProgress>? progress = null,
        int maxConcurrency = 4,
        AutoMapper.IMapper? mapper = null)
    {
        if (client is null)
        {
            handler ??= new StubHttpMessageHandler((request, _) => throw new InvalidOperationException("Unexpected request " + request.RequestUri));
            var resolver = new Mock<ICodebaseResolver>();
            resolver.Setup(r => r.GetApiBaseAsync(It.IsAny<CancellationToken>())).ReturnsAsync(new Uri("https://api-na.myconnectwise.net/v4_6_release/apis/3.0/"));
            client = new ConnectWiseClient(new ConnectWiseConnection(new HttpClient(handler), resolver.Object, SecretRedactor.None, new RequestCounter(), NullLogger.Instance));
        }

        modules ??= new TestPushModules();
        var context = new ModuleContext
        {
            Client = client,
            Tables = new SetupTableCache(TimeProvider.System, CancellationToken.None),
            Settings = settings ?? TestSettings.Parse(),
            Lookups = new LookupTables(lookups ?? new Dictionary<string, IReadOnlyDictionary<string, string>>()),
            Mapper = mapper ?? Mapper,
            Options = SyncOptions.AllEnabled,
            Links = links,
            Records = records ?? Mock.Of<IBssRecordSource>(),
            Time = TimeProvider.System,
            LoggerFactory = NullLoggerFactory.Instance,
            Progress = progress,
            MaxConcurrency = maxConcurrency,
            Modules = modules,
        };
        modules.Context = context;
        return context;
    }

    public static HttpResponseMessage Countries() => StubHttpMessageHandler.Json(
        HttpStatusCode.OK,
        """[{"id":1,"identifier":"US","name":"United States"},{"id":3,"identifier":"GB","name":"United Kingdom"}]""");
}
