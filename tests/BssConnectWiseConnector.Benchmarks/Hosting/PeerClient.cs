using System.Diagnostics;

namespace BssConnectWiseConnector.Benchmarks.Hosting;

/// <summary>
/// A peer client reading the same companies: npm's <c>connectwise-rest</c> (a client generated from ConnectWise's
/// spec) with its <c>paginate</c>, in a node process of its own. The package is installed with npm, on first use,
/// into a cache folder outside the repository (<c>$XDG_CACHE_HOME/bss-benchmarks/peer</c>, else
/// <c>~/.cache/bss-benchmarks/peer</c>); without node or npm the peer is skipped and the reason printed.
/// </summary>
internal sealed class PeerClient
{
    private const string Package = "connectwise-rest";

    private readonly string _folder;

    private PeerClient(string folder)
    {
        _folder = folder;
    }

    /// <summary>Gets the package's version, as installed.</summary>
    public string Version { get; private init; } = "?";

    /// <summary>Installs the package if needed; null, with the reason, when node or npm is missing or the install fails.</summary>
    public static async Task<(PeerClient? Peer, string Reason)> PrepareAsync(CancellationToken cancellationToken)
    {
        if (Which("node") is null || Which("npm") is null)
        {
            return (null, "peer skipped: node and npm are needed for npm connectwise-rest (apt-get install nodejs npm)");
        }

        var cache = Environment.GetEnvironmentVariable("XDG_CACHE_HOME") is { Length: > 0 } xdg
            ? xdg
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache");
        var folder = Path.Combine(cache, "bss-benchmarks", "peer");
        Directory.CreateDirectory(folder);
        var manifest = Path.Combine(folder, "node_modules", Package, "package.json");
        if (!File.Exists(manifest))
        {
            var install = new ProcessStartInfo("npm") { WorkingDirectory = folder };
            foreach (var arg in new[] { "install", "--prefix", folder, "--no-audit", "--no-fund", "--loglevel=error", Package })
            {
                install.ArgumentList.Add(arg);
            }

            var run = await ChildProcessMeter.RunAsync(install, cancellationToken);
            if (run.ExitCode != 0 || !File.Exists(manifest))
            {
                return (null, $"peer skipped: npm install {Package} failed ({run.ExitCode}): {run.Output.Trim()}");
            }
        }

        File.Copy(Path.Combine(AppContext.BaseDirectory, "Peer", "paginate.js"), Path.Combine(folder, "paginate.js"), overwrite: true);
        var version = System.Text.Json.JsonDocument.Parse(await File.ReadAllTextAsync(manifest, cancellationToken)).RootElement.GetProperty("version").GetString() ?? "?";
        return (new PeerClient(folder) { Version = version }, string.Empty);
    }

    /// <summary>Reads every company of the simulator with <c>paginate</c>, measured as a whole node process.</summary>
    /// <returns>The run and the number of companies the script counted.</returns>
    public async Task<(ChildRun Run, int Records)> ReadCompaniesAsync(Uri siteUrl, CancellationToken cancellationToken)
    {
        var credentials = new ConnectWise.Simulator.SimulatorOptions();
        var start = new ProcessStartInfo("node") { WorkingDirectory = _folder };
        start.ArgumentList.Add(Path.Combine(_folder, "paginate.js"));
        start.ArgumentList.Add(new Uri(siteUrl, credentials.Codebase + "apis/3.0").ToString());
        start.Environment["CW_COMPANY"] = credentials.CompanyId;
        start.Environment["CW_PUBLIC_KEY"] = credentials.PublicKey;
        start.Environment["CW_PRIVATE_KEY"] = credentials.PrivateKey;
        start.Environment["CW_CLIENT_ID"] = credentials.ClientId;
        var run = await ChildProcessMeter.RunAsync(start, cancellationToken);
        return (run, run.Records("the peer client"));
    }

    private static string? Which(string command) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(directory => Path.Combine(directory, command))
            .FirstOrDefault(File.Exists);
}
