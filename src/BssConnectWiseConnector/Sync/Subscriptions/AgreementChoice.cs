using Bss.IntegrationFramework;

namespace BssConnectWiseConnector.Sync.Subscriptions;

/// <summary>The agreement a group of subscriptions goes on, or why there is none.</summary>
/// <param name="AgreementId">The agreement, when known (a dry run does not create one).</param>
/// <param name="Created">Whether the agreement was just created (so it has no additions to adopt).</param>
/// <param name="Kind">Why there is none, when failed.</param>
/// <param name="Reason">The reason, or what was done.</param>
internal sealed record AgreementChoice(int? AgreementId, bool Created, FailureKind? Kind, string? Reason);
