using System.Diagnostics;
using System.Runtime.InteropServices;

namespace BssConnectWiseConnector.Benchmarks.Hosting;

/// <summary>Runs <c>dotnet publish</c> of a project for this machine's runtime identifier; a failure is an error with its output.</summary>
internal static class DotnetPublish
{
    /// <summary>Publishes the project into the output folder (incremental: a second publish mostly copies).</summary>
    public static async Task RunAsync(string project, string configuration, string output, IReadOnlyList<string> deployment, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        string[] arguments =
        [
            "publish", project, "-c", configuration, "-r", RuntimeInformation.RuntimeIdentifier, .. deployment, "-o", output, "-v", "q", "--nologo",
        ];
        foreach (var arg in arguments)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet publish did not start.");
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"dotnet publish of {Path.GetFileName(project)} exited {process.ExitCode}:\n{await stdout}{await stderr}");
        }
    }
}
