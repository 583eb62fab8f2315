using Microsoft.Extensions.Hosting;

namespace Bss.IntegrationFramework.Host.Web;

/// <summary>
/// A host lifetime that leaves Ctrl+C alone: the <c>web</c> command's own cancellation stops the pages, so the
/// console lifetime must not also stop the application behind the command's back.
/// </summary>
internal sealed class QuietHostLifetime : IHostLifetime
{
    /// <inheritdoc />
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
