using Bss.IntegrationFramework.Host.Instances;
using Bss.IntegrationFramework.Host.Sync;

namespace Bss.IntegrationFramework.Host.Alerts;

/// <summary>What the alerts of a run are judged from.</summary>
/// <param name="Runtime">The instance, its connector and context (still open).</param>
/// <param name="RunId">The run.</param>
/// <param name="Result">What the run did, or <see langword="null"/> when it failed as a whole.</param>
/// <param name="FailureMessage">Why it failed as a whole (redacted), or <see langword="null"/>.</param>
internal sealed record RunOutcome(InstanceRuntime Runtime, long RunId, SyncRunResult? Result, string? FailureMessage);
