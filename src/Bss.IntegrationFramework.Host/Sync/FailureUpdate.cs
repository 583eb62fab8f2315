using Bss.IntegrationFramework.Host.Storage;

namespace Bss.IntegrationFramework.Host.Sync;

/// <summary>A batch's results with their attempts counted, and the failures to store and forget with them.</summary>
/// <param name="Results">The results.</param>
/// <param name="Saved">The failures to store.</param>
/// <param name="Cleared">The records whose failures are forgotten (they succeeded).</param>
internal sealed record FailureUpdate(IReadOnlyList<RunResultRecord> Results, IReadOnlyList<RecordFailure> Saved, IReadOnlyList<(string Module, string BssId)> Cleared);
