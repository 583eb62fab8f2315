namespace BssConnectWiseConnector.Benchmarks.Scenarios;

/// <summary>A benchmark scenario: sets up the simulator, runs the connector and returns its measurements.</summary>
internal interface IScenario
{
    string Name { get; }

    Task<IReadOnlyList<Measurement>> RunAsync(BenchmarkArguments args, CancellationToken cancellationToken);
}
