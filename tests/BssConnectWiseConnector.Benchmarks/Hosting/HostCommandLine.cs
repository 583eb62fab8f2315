using System.Diagnostics;
using System.Reflection;

namespace BssConnectWiseConnector.Benchmarks.Hosting;

/// <summary>
/// The real host process, the build of the same configuration as this program
/// (<c>src/Bss.IntegrationFramework.Host/bin/CONFIGURATION/net10.0/</c>, plugins beside it), run as users run it:
/// one whole process per command, against one store file.
/// </summary>
internal sealed class HostCommandLine
{
    private readonly string _hostDll;

    private HostCommandLine(string hostDll, string databasePath)
    {
        _hostDll = hostDll;
        DatabasePath = databasePath;
    }

    public string DatabasePath { get; }

    /// <summary>Gets the size of the store: the database file and its write-ahead log.</summary>
    public long StoreBytes =>
        new[] { DatabasePath, DatabasePath + "-wal" }.Where(File.Exists).Sum(path => new FileInfo(path).Length);

    /// <summary>Finds the host build and prepares a store path in a new folder.</summary>
    public static HostCommandLine Create(string folder)
    {
        var configuration = typeof(HostCommandLine).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Release";
        var root = FindRepositoryRoot();
        var dll = Path.Combine(root, "src", "Bss.IntegrationFramework.Host", "bin", configuration, "net10.0", "Bss.IntegrationFramework.Host.dll");
        if (!File.Exists(dll))
        {
            throw new InvalidOperationException($"The host build {dll} is missing: run 'dotnet build -c {configuration} src/Bss.IntegrationFramework.Host' first.");
        }

        Directory.CreateDirectory(folder);
        return new HostCommandLine(dll, Path.Combine(folder, "bss.db"));
    }

    /// <summary>Runs a host command against the store, measured whole; a failure is an error with its output.</summary>
    public async Task<ChildRun> RunAsync(CancellationToken cancellationToken, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet");
        start.ArgumentList.Add(_hostDll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.ArgumentList.Add("--db");
        start.ArgumentList.Add(DatabasePath);
        start.ArgumentList.Add("--allow-loopback-http");
        var run = await ChildProcessMeter.RunAsync(start, cancellationToken);
        if (run.ExitCode != 0)
        {
            throw new InvalidOperationException($"host {string.Join(' ', args)} exited {run.ExitCode}:\n{run.Output}");
        }

        return run;
    }

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "BssConnectWiseConnector.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No BssConnectWiseConnector.sln above {AppContext.BaseDirectory}.");
    }
}
