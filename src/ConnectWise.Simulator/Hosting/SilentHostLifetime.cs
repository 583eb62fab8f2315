using Microsoft.Extensions.Hosting;

namespace ConnectWise.Simulator.Hosting;

/// <summary>
/// A host lifetime that neither listens to Ctrl+C nor prints anything: an embedded simulator belongs to the
/// process that started it and stops when disposed.
/// </summary>
internal sealed class SilentHostLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
