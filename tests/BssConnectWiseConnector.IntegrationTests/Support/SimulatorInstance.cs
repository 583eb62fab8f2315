using Bss.IntegrationFramework.Host;
using Bss.IntegrationFramework.Host.Instances;
using Bss.IntegrationFramework.Host.Storage;
using ConnectWise.Simulator;

namespace BssConnectWiseConnector.IntegrationTests.Support;

/// <summary>Activates an instance pointed at an in-process simulator.</summary>
internal static class SimulatorInstance
{
    public const string CustomerTypeId = "1";

    public const string ProspectTypeId = "2";

    public static async Task<InstanceInfo> ActivateAsync(HostServices services, ConnectWiseSimulator simulator, string name, CancellationToken cancellationToken)
    {
        var activation = new InstanceActivation(services);
        var instance = await activation.ActivateAsync(name, null, cancellationToken);
        await activation.SetVariablesAsync(instance, Variables(simulator), cancellationToken);
        await services.Lookups.SetAsync(instance.Id, "AccountType", "Customer", CustomerTypeId, cancellationToken);
        await services.Lookups.SetAsync(instance.Id, "AccountType", "Prospect", ProspectTypeId, cancellationToken);
        return instance;
    }

    public static Dictionary<string, string?> Variables(ConnectWiseSimulator simulator) => new()
    {
        ["ConnectWiseUrl"] = simulator.SiteUrl.ToString(),
        ["CompanyId"] = simulator.Options.CompanyId,
        ["PublicKey"] = simulator.Options.PublicKey,
        ["PrivateKey"] = simulator.Options.PrivateKey,
        ["ClientId"] = simulator.Options.ClientId,
        ["ImportAccountStatusId"] = "1",
    };
}
