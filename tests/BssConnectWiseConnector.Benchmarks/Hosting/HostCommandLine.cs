using System.Diagnostics;
using System.Reflection;
using System.Runtime.InteropServices;

namespace BssConnectWiseConnector.Benchmarks.Hosting;

/// <summary>
/// The real host process, run as users run it: published as deployed (self-contained, one composite ReadyToRun image
/// of the framework and the host, plugins precompiled beside it), published framework-dependent as deployed before
/// (<c>--host-build publish-fd</c>), or the build of the same configuration as this program (<c>--host-build build</c>);
/// one whole process per command, against one store file.
/// </summary>
internal sealed class HostCommandLine
{
    private static readonly Dictionary<string, string> Published = [];

    private readonly string _host;

    private HostCommandLine(string host, string databasePath)
    {
        _host = host;
        DatabasePath = databasePath;
    }

    public string DatabasePath { get; }

    /// <summary>Gets the size of the store: the database file and its write-ahead log.</summary>
    public long StoreBytes =>
        new[] { DatabasePath, DatabasePath + "-wal" }.Where(File.Exists).Sum(path => new FileInfo(path).Length);

    /// <summary>Finds the host (published once per process, or the build) and prepares a store path in a new folder.</summary>
    public static async Task<HostCommandLine> CreateAsync(string folder, string hostBuild, CancellationToken cancellationToken)
    {
        var host = hostBuild == "build" ? BuiltHost() : await PublishedHostAsync(selfContained: hostBuild == "publish", cancellationToken);
        Directory.CreateDirectory(folder);
        return new HostCommandLine(host, Path.Combine(folder, "bss.db"));
    }

    private static string BuiltHost()
    {
        var dll = Path.Combine(FindRepositoryRoot(), "src", "Bss.IntegrationFramework.Host", "bin", Configuration, "net10.0", "Bss.IntegrationFramework.Host.dll");
        return File.Exists(dll)
            ? dll
            : throw new InvalidOperationException($"The host build {dll} is missing: run 'dotnet build -c {Configuration} src/Bss.IntegrationFramework.Host' first.");
    }

    /// <summary>
    /// Publishes the host as it is deployed (docs/host.md, "Deploy") for this machine's runtime identifier:
    /// self-contained with the framework and the host in one composite ReadyToRun image, or framework-dependent
    /// ReadyToRun (the deployment before); the plugin is published beside it. Once per benchmark process; the publish
    /// is incremental, so a second benchmark run mostly copies. Returns the file to start: the self-contained
    /// executable, or the host's dll for <c>dotnet</c>.
    /// </summary>
    private static async Task<string> PublishedHostAsync(bool selfContained, CancellationToken cancellationToken)
    {
        var mode = selfContained ? "self-contained" : "framework-dependent";
        if (Published.TryGetValue(mode, out var published))
        {
            return published;
        }

        var root = FindRepositoryRoot();
        var output = Path.Combine(root, "tests", "BssConnectWiseConnector.Benchmarks", "bin", "host-publish", $"{RuntimeInformation.RuntimeIdentifier}-{mode}");
        string[] deployment = selfContained
            ? ["--self-contained", "true", "-p:PublishReadyToRun=true", "-p:PublishReadyToRunComposite=true"]
            : ["--self-contained", "false", "-p:PublishReadyToRun=true"];
        Console.WriteLine($"publishing the host as deployed ({mode}, ReadyToRun{(selfContained ? " composite" : string.Empty)}, {RuntimeInformation.RuntimeIdentifier}) to {output} …");
        await DotnetPublish.RunAsync(Path.Combine(root, "src", "Bss.IntegrationFramework.Host"), Configuration, output, deployment, cancellationToken);
        published = selfContained
            ? Path.Combine(output, OperatingSystem.IsWindows() ? "Bss.IntegrationFramework.Host.exe" : "Bss.IntegrationFramework.Host")
            : Path.Combine(output, "Bss.IntegrationFramework.Host.dll");
        Published[mode] = published;
        return published;
    }

    /// <summary>Gets the configuration this program was built in, which the publishes it makes use too.</summary>
    internal static string Configuration =>
        typeof(HostCommandLine).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Release";

    /// <summary>Runs a host command against the store, measured whole; a failure is an error with its output.</summary>
    public async Task<ChildRun> RunAsync(CancellationToken cancellationToken, params string[] args)
    {
        var selfContained = !_host.EndsWith(".dll", StringComparison.OrdinalIgnoreCase);
        var start = new ProcessStartInfo(selfContained ? _host : "dotnet");
        if (!selfContained)
        {
            start.ArgumentList.Add(_host);
        }

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

    /// <summary>Finds the repository's root folder above this program.</summary>
    internal static string FindRepositoryRoot()
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
