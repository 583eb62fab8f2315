using Bss.IntegrationFramework;
using Bss.IntegrationFramework.Host.Instances;
using Bss.IntegrationFramework.Host.Sync;
using Moq;

namespace BssConnectWiseConnector.IntegrationTests.Support;

/// <summary>Runs started in a test host's store for an instance whose connector is a mock: for the host's run bookkeeping alone.</summary>
internal static class RunScopes
{
    public static async Task<RunScope> StartAsync(TestHost host, string instanceName, RetryPolicy? retryPolicy, CancellationToken cancellationToken)
    {
        var instance = await host.Services.Instances.CreateAsync(instanceName, "fake", cancellationToken);
        var links = host.Services.LinksOf(instance);
        var context = new ConnectorContext
        {
            InstanceName = instance.Name,
            ServerVariables = new Dictionary<string, string?>(),
            Links = links,
            State = host.Services.StateOf(instance),
            Records = host.Services.Records,
        };
        var runId = await host.Services.Runs.StartAsync(instance.Id, false, cancellationToken);
        var request = new SyncRequest { InstanceName = instance.Name, RetryPolicy = retryPolicy ?? RetryPolicy.Default };
        return new RunScope(host.Services, new InstanceRuntime(instance, new Mock<IConnector>().Object, context, links), new Mock<IConnectorSession>().Object, request, runId);
    }
}
