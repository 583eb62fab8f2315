using BssConnectWiseConnector.Clients;
using BssConnectWiseConnector.Http;
using BssConnectWiseConnector.Settings;
using ConnectWise.Simulator;
using Microsoft.Extensions.Logging.Abstractions;

namespace BssConnectWiseConnector.Tests.TestSupport;

/// <summary>The connector's transport and one connection pointed at a running simulator, for API-layer tests.</summary>
internal sealed class SimulatorConnection : IDisposable
{
    private SimulatorConnection(ConnectWiseTransport transport, ConnectWiseConnection connection)
    {
        Transport = transport;
        Connection = connection;
        Client = new ConnectWiseClient(connection);
    }

    public ConnectWiseTransport Transport { get; }

    public ConnectWiseConnection Connection { get; }

    public ConnectWiseClient Client { get; }

    /// <param name="simulator">The simulator.</param>
    /// <param name="url">The ConnectWise URL as an administrator types it; the site root (codebase discovered) by default.</param>
    public static SimulatorConnection Open(ConnectWiseSimulator simulator, string? url = null)
    {
        var o = simulator.Options;
        var variables = TestSettings.Variables(url ?? simulator.SiteUrl.ToString());
        variables[ServerVariableNames.CompanyId] = o.CompanyId;
        variables[ServerVariableNames.PublicKey] = o.PublicKey;
        variables[ServerVariableNames.PrivateKey] = o.PrivateKey;
        variables[ServerVariableNames.ClientId] = o.ClientId;
        var transport = new ConnectWiseTransport(TestSettings.Parse(variables), SimulatorHarness.Unthrottled, TimeProvider.System, NullLoggerFactory.Instance, null);
        var connection = new ConnectWiseConnection(transport.CreateClient(), transport.Codebase, transport.Redactor, new RequestCounter(), NullLogger.Instance, transport.Versions);
        return new SimulatorConnection(transport, connection);
    }

    public void Dispose() => Transport.Dispose();
}
