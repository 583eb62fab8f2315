namespace Bss.IntegrationFramework.Host.Callbacks;

/// <summary>What the receiver answered a callback.</summary>
/// <param name="Status">The HTTP status: 202 queued, 200 a replay or a record no module pulls (nothing stored), 4xx/5xx refused.</param>
/// <param name="Message">Why, in words that quote neither the body nor the signature.</param>
/// <param name="Queued">Whether a notification was stored for the worker.</param>
internal sealed record CallbackVerdict(int Status, string Message, bool Queued = false);
