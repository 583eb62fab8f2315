using Bss.IntegrationFramework.Host.Cli;

namespace BssConnectWiseConnector.IntegrationTests.Support;

/// <summary>Runs host commands in-process against one store, capturing their output.</summary>
internal sealed class CliRunner(string databasePath)
{
    public string DatabasePath { get; } = databasePath;

    public async Task<CliResult> RunAsync(CancellationToken cancellationToken, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await HostCli.InvokeAsync([.. args, "--db", DatabasePath], output, error, cancellationToken);
        return new CliResult(exitCode, output.ToString(), error.ToString());
    }
}
