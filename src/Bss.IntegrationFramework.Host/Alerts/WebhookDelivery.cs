namespace Bss.IntegrationFramework.Host.Alerts;

/// <summary>What became of one webhook notification.</summary>
/// <param name="Delivered">Whether the receiver answered 2xx.</param>
/// <param name="Attempts">How many times it was sent.</param>
/// <param name="Detail">The last answer or error, for the administrator (never the secret).</param>
internal sealed record WebhookDelivery(bool Delivered, int Attempts, string Detail)
{
    /// <summary>Gets the delivery as one line.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Delivered
        ? $"delivered after {Attempts} {(Attempts == 1 ? "attempt" : "attempts")} ({Detail})"
        : $"not delivered after {Attempts} {(Attempts == 1 ? "attempt" : "attempts")}: {Detail}";
}
