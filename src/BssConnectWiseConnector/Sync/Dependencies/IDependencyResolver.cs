using Bss.IntegrationFramework;

namespace BssConnectWiseConnector.Sync.Dependencies;

/// <summary>
/// Resolves the records a push depends on to their ConnectWise ids: linked ones from the link store, the others
/// pushed first through their own module, once per session and in one call per batch. A dry run plans a missing
/// dependency through its module: a failed plan fails the dependent with its reason, otherwise the dependency is
/// <see cref="ResolvedDependency.Pending"/> and the dependent is planned as a real run would send it.
/// </summary>
/// <typeparam name="TDependency">The dependency's BSS record type.</typeparam>
internal interface IDependencyResolver<TDependency>
    where TDependency : BssRecord
{
    /// <summary>Resolves one dependency.</summary>
    /// <param name="bssId">The dependency's BSS id.</param>
    /// <param name="options">The push options (a dry run plans the dependency, writing nothing).</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The ConnectWise id, or why there is none.</returns>
    Task<ResolvedDependency> ResolveAsync(string? bssId, PushOptions options, CancellationToken cancellationToken);

    /// <summary>Resolves the dependencies of a whole batch at once, so missing ones are pushed in one call.</summary>
    /// <param name="bssIds">The dependencies' BSS ids (empty ones are left out).</param>
    /// <param name="options">The push options (a dry run plans the dependencies, writing nothing).</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>Every id's resolution.</returns>
    Task<IReadOnlyDictionary<string, ResolvedDependency>> ResolveAsync(IEnumerable<string?> bssIds, PushOptions options, CancellationToken cancellationToken);
}
