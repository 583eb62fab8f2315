namespace Bss.IntegrationFramework;

/// <summary>Progress of a module's push or pull.</summary>
/// <param name="Module">The module.</param>
/// <param name="Done">Records done so far.</param>
/// <param name="Total">Records in all, when known.</param>
/// <param name="Message">What is happening now, if anything worth saying.</param>
public sealed record SyncProgress(string Module, int Done, int? Total, string? Message = null);
