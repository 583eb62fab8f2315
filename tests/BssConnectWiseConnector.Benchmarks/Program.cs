using BssConnectWiseConnector.Benchmarks;

return await BenchmarkApp.RunAsync(args, CancellationToken.None);
