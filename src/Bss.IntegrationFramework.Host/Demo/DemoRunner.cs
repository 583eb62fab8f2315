using Bss.IntegrationFramework.Host.Bss;
using Bss.IntegrationFramework.Host.Cli;
using Bss.IntegrationFramework.Host.Instances;
using Bss.IntegrationFramework.Host.Lookups;
using Bss.IntegrationFramework.Host.Storage;
using Bss.IntegrationFramework.Host.Sync;
using ConnectWise.Simulator;

namespace Bss.IntegrationFramework.Host.Demo;

/// <summary>
/// The README's demo: starts the ConnectWise simulator on 127.0.0.1, loads the sample BSS records, activates the
/// instance <c>demo</c>, maps its lookups by discovery, pushes the demo's modules, then pushes again and proves
/// every record is Unchanged and nothing was written the second time.
/// </summary>
/// <param name="context">The command's context.</param>
internal sealed class DemoRunner(CommandContext context)
{
    /// <summary>The demo instance's name.</summary>
    public const string InstanceName = "demo";

    /// <summary>The id of the simulator's seeded member set as sales representative of orders.</summary>
    public const string SalesRepresentativeId = "1";

    /// <summary>
    /// Gets the mappings the demo sets by the ConnectWise value's name, for BSS values discovery cannot match
    /// (a billing cycle is not named like an agreement type): lookup, BSS value, ConnectWise name.
    /// </summary>
    public static IReadOnlyList<(string Lookup, string BssValue, string RemoteName)> NamedMappings { get; } =
    [
        ("BillingCycle", "Monthly", "Managed Service"),
        ("BillingCycle", "Annual", "Managed Service"),
    ];

    /// <summary>The id of the simulator's seeded company status "Active".</summary>
    public const string ActiveCompanyStatusId = "1";

    private TextWriter Output => context.Output;

    /// <summary>Gets the sample file shipped beside the host.</summary>
    public static string DefaultSamplesPath => Path.Combine(AppContext.BaseDirectory, "samples", "demo-bss.json");

    /// <summary>Runs the demo.</summary>
    /// <param name="samplesPath">The BSS records file, or <see langword="null"/> for the shipped sample.</param>
    /// <param name="modules">The modules to push, or <see langword="null"/> or empty for every module of the connector.</param>
    /// <param name="cancellationToken">Cancels the demo.</param>
    /// <returns>The exit code: 0 when every check passed.</returns>
    public async Task<int> RunAsync(string? samplesPath, IReadOnlyList<string>? modules, CancellationToken cancellationToken)
    {
        var temporary = string.IsNullOrWhiteSpace(context.DatabaseOption);
        var databasePath = temporary
            ? Path.Combine(Path.GetTempPath(), $"bss-demo-{Guid.NewGuid():N}.db")
            : HostDatabase.ResolvePath(context.DatabaseOption);
        try
        {
            var simulator = await ConnectWiseSimulator.StartAsync(new SimulatorOptions(), cancellationToken).ConfigureAwait(false);
            await using (simulator.ConfigureAwait(false))
            {
                using var services = await context.OpenServicesAsync(cancellationToken, databasePath, allowLoopbackHttp: true).ConfigureAwait(false);
                Output.WriteLine("BSS -> ConnectWise connector demo");
                Output.WriteLine($"  ConnectWise simulator: {simulator.ApiBaseUrl} (company {simulator.Options.CompanyId})");
                Output.WriteLine($"  Store: {databasePath}{(temporary ? " (temporary)" : string.Empty)}");
                var names = await LoadSamplesAsync(services, samplesPath ?? DefaultSamplesPath, cancellationToken).ConfigureAwait(false);
                await ActivateAsync(services, simulator, cancellationToken).ConfigureAwait(false);
                await MapLookupsAsync(services, modules, cancellationToken).ConfigureAwait(false);
                return await PushTwiceAsync(services, simulator, modules, names, cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            if (temporary)
            {
                DeleteStore(databasePath);
            }
        }
    }

    private static void DeleteStore(string path)
    {
        foreach (var file in new[] { path, path + "-wal", path + "-shm" })
        {
            try
            {
                File.Delete(file);
            }
            catch (IOException)
            {
                // A temporary file left behind is harmless.
            }
        }
    }

    private async Task<Dictionary<(string, string), string>> LoadSamplesAsync(HostServices services, string path, CancellationToken cancellationToken)
    {
        var known = await services.Records.ListIdsAsync(cancellationToken).ConfigureAwait(false);
        var content = await BssFileReader.ReadAsync(path, known, cancellationToken).ConfigureAwait(false);
        if (!content.IsValid)
        {
            throw new HostException($"The sample file {path} is not valid: {string.Join("; ", content.Errors)}");
        }

        await services.Records.UpsertAsync(content.Records, cancellationToken).ConfigureAwait(false);
        var counts = content.Records.GroupBy(r => BssEntity.ForType(r.GetType()).Name).Select(g => Wording.Count(g.Count(), g.Key.TrimEnd('s'), g.Key));
        Output.WriteLine($"  BSS records loaded from {Path.GetFileName(path)}: {string.Join(", ", counts)}");
        return content.Records
            .Select(r => (Key: (BssEntity.ForType(r.GetType()).Module, r.Id), Name: BssRecordNames.Describe(r)))
            .Where(r => !string.IsNullOrEmpty(r.Name))
            .ToDictionary(r => r.Key, r => r.Name!);
    }

    private async Task ActivateAsync(HostServices services, ConnectWiseSimulator simulator, CancellationToken cancellationToken)
    {
        var activation = new InstanceActivation(services);
        var instance = await services.Instances.FindAsync(InstanceName, cancellationToken).ConfigureAwait(false)
            ?? await activation.ActivateAsync(InstanceName, null, cancellationToken).ConfigureAwait(false);
        await activation.SetVariablesAsync(
            instance,
            new Dictionary<string, string?>
            {
                ["ConnectWiseUrl"] = simulator.SiteUrl.ToString(),
                ["CompanyId"] = simulator.Options.CompanyId,
                ["PublicKey"] = simulator.Options.PublicKey,
                ["PrivateKey"] = simulator.Options.PrivateKey,
                ["ClientId"] = simulator.Options.ClientId,
                ["ImportAccountStatusId"] = ActiveCompanyStatusId,
                ["SalesRepresentativeId"] = SalesRepresentativeId,
                ["CreditCardMethodId"] = "CARD",
                ["BankDepositMethodId"] = "BANK",
            },
            cancellationToken).ConfigureAwait(false);
        var connector = services.Catalog.Find(instance.Connector);
        Output.WriteLine($"  Instance '{instance.Name}' of connector {connector.Key} (plugin loaded from {services.Catalog.PluginsDirectory})");
    }

    private async Task MapLookupsAsync(HostServices services, IReadOnlyList<string>? modules, CancellationToken cancellationToken)
    {
        var runtime = await InstanceRuntime.CreateAsync(services, InstanceName, null, cancellationToken).ConfigureAwait(false);
        await using (runtime.ConfigureAwait(false))
        {
            var session = await runtime.Connector.OpenSessionAsync(runtime.Context, cancellationToken).ConfigureAwait(false);
            await using (session.ConfigureAwait(false))
            {
                var lookups = runtime.Connector.Manifest.Lookups.Where(l => modules is not { Count: > 0 } || modules.Contains(l.Module, StringComparer.OrdinalIgnoreCase));
                var outcomes = await new LookupDiscovery(services).DiscoverAsync(runtime, session, lookups, apply: true, cancellationToken).ConfigureAwait(false);
                foreach (var outcome in outcomes.Where(o => o.BssValues.Count > 0))
                {
                    var named = await ApplyNamedMappingsAsync(services, runtime.Instance, outcome, cancellationToken).ConfigureAwait(false);
                    var applied = outcome.Applied.Concat(named).ToList();
                    var mapped = applied.Select(m => $"{m.BssValue} -> {m.Value.Name} (id {m.Value.Id})");
                    var unmatched = outcome.BssValues.Except(applied.Select(m => m.BssValue), StringComparer.Ordinal).ToList();
                    Output.WriteLine(outcome.Error is not null
                        ? $"  Lookup {outcome.Lookup.Name}: discovery failed: {outcome.Error}"
                        : $"  Lookup {outcome.Lookup.Name} mapped by discovery: {string.Join(", ", mapped)}{(unmatched.Count > 0 ? $"; no confident match for {string.Join(", ", unmatched)}" : string.Empty)}");
                }
            }
        }
    }

    private static async Task<List<SuggestedMatch>> ApplyNamedMappingsAsync(HostServices services, InstanceInfo instance, LookupDiscoveryOutcome outcome, CancellationToken cancellationToken)
    {
        var applied = new List<SuggestedMatch>();
        if (outcome.Result is null)
        {
            return applied;
        }

        foreach (var (_, bssValue, remoteName) in NamedMappings.Where(m => m.Lookup == outcome.Lookup.Name && outcome.BssValues.Contains(m.BssValue) && !outcome.Applied.Any(a => a.BssValue == m.BssValue)))
        {
            var value = outcome.Result.Values.FirstOrDefault(v => string.Equals(v.Name, remoteName, StringComparison.OrdinalIgnoreCase));
            if (value is not null)
            {
                await services.Lookups.SetAsync(instance.Id, outcome.Lookup.Name, bssValue, value.Id, cancellationToken).ConfigureAwait(false);
                applied.Add(new SuggestedMatch(bssValue, value, 1));
            }
        }

        return applied;
    }

    private async Task<int> PushTwiceAsync(HostServices services, ConnectWiseSimulator simulator, IReadOnlyList<string>? modules, Dictionary<(string, string), string> names, CancellationToken cancellationToken)
    {
        var runner = new SyncRunner(services);
        var request = new SyncRequest { InstanceName = InstanceName, Modules = modules, Direction = SyncDirection.Push };
        var what = modules is { Count: > 0 } ? string.Join(", ", modules) : "records of every module";

        var writesBefore = simulator.Requests.WriteCount;
        Output.WriteLine();
        Output.WriteLine($"Push 1: BSS {what} -> ConnectWise");
        var first = await runner.RunAsync(request, null, cancellationToken).ConfigureAwait(false);
        WriteRun(first, names, simulator.Requests.WriteCount - writesBefore);

        writesBefore = simulator.Requests.WriteCount;
        Output.WriteLine();
        Output.WriteLine($"Push 2: the same {what} again, nothing changed in the BSS");
        var second = await runner.RunAsync(request, null, cancellationToken).ConfigureAwait(false);
        var secondWrites = simulator.Requests.WriteCount - writesBefore;
        WriteRun(second, names, secondWrites);

        Output.WriteLine();
        var problems = DemoChecks.Verify(first, second, secondWrites);
        if (problems.Count > 0)
        {
            throw new HostException("The demo failed: " + string.Join("; ", problems));
        }

        var pushed = string.Join(", ", first.Results.GroupBy(r => r.Module).Select(g => Wording.Count(g.Select(r => r.BssId).Distinct().Count(), g.Key.TrimEnd('s'), g.Key)));
        Output.WriteLine($"Demo passed: {pushed} records pushed and linked; the second push reported every one Unchanged and sent 0 write requests.");
        if (!string.IsNullOrWhiteSpace(context.DatabaseOption))
        {
            Output.WriteLine($"The store is kept: 'report {InstanceName} --db {services.Database.FilePath}' shows the run log, 'instance show {InstanceName} --db ...' the settings.");
        }

        return 0;
    }

    private void WriteRun(SyncRunResult run, Dictionary<(string, string), string> names, int writes)
    {
        SyncReportWriter.WriteResults(Output, run.Results, names);
        Output.WriteLine();
        SyncReportWriter.WriteTotals(Output, run.Modules, run.Requests);
        Output.WriteLine($"Run {run.RunId}: {run.Status}; the simulator received {writes} write requests (POST/PUT/PATCH/DELETE).");
    }
}
