using BssConnectWiseConnector.Models;
using Newtonsoft.Json.Linq;

namespace BssConnectWiseConnector.Sync.Subscriptions;

/// <summary>
/// The price and cost per seat of a subscription whose price is kept as set in ConnectWise (<see cref="PriceSource.ConnectWise"/>):
/// the payload says so (<see cref="Property"/>, absent for the BSS, so today's payloads and hashes are unchanged), and a
/// linked addition's push never sends them, never reports them as drift, and bills them as ConnectWise holds them.
/// </summary>
internal static class PriceOwnership
{
    /// <summary>The payload property that marks a price kept in ConnectWise.</summary>
    public const string Property = "priceFrom";

    private static readonly HashSet<string> None = [];
    private static readonly HashSet<string> Prices = ["unitPrice", "unitCost"];

    /// <summary>Gets the payload's mark for a source: none for the BSS.</summary>
    /// <param name="source">Who sets the price.</param>
    /// <returns>The mark, or <see langword="null"/>.</returns>
    public static string? Mark(PriceSource source) => source == PriceSource.ConnectWise ? nameof(PriceSource.ConnectWise) : null;

    /// <summary>Gets the addition fields kept as set in ConnectWise for a source.</summary>
    /// <param name="source">Who sets the price.</param>
    /// <returns>unitPrice and unitCost, or none.</returns>
    public static IReadOnlySet<string> Kept(PriceSource source) => source == PriceSource.ConnectWise ? Prices : None;

    /// <summary>Gets the addition fields a payload keeps as set in ConnectWise.</summary>
    /// <param name="payload">A subscription's canonical payload (as planned, or as a link remembers it).</param>
    /// <returns>unitPrice and unitCost, or none.</returns>
    public static IReadOnlySet<string> Kept(JObject payload)
    {
        ArgumentNullException.ThrowIfNull(payload);
        return payload.Value<string>(Property) == nameof(PriceSource.ConnectWise) ? Prices : None;
    }

    /// <summary>Gets what a link keeps of a payload: the price and cost as ConnectWise holds them when they are kept there.</summary>
    /// <param name="payload">The payload as planned.</param>
    /// <param name="held">The addition as ConnectWise holds it.</param>
    /// <returns>A copy of the payload; the next plan keeps these prices, so its hash stays equal.</returns>
    public static JObject Agreed(JObject payload, Addition held)
    {
        ArgumentNullException.ThrowIfNull(held);
        var agreed = (JObject)payload.DeepClone();
        foreach (var field in Kept(payload))
        {
            if (DriftCheck.Current(held, field) is { } value && agreed[SubscriptionLinkState.AdditionProperty] is JObject addition)
            {
                addition[field] = new JValue(value);
            }
        }

        return agreed;
    }

    /// <summary>Gets what an addition bills after a write: its price and cost as ConnectWise holds them when they are kept there.</summary>
    /// <param name="wanted">The seats as planned.</param>
    /// <param name="payload">The payload as planned.</param>
    /// <param name="held">The addition as ConnectWise holds it.</param>
    /// <returns>The seats.</returns>
    public static Seats Billed(Seats wanted, JObject payload, Addition held)
    {
        ArgumentNullException.ThrowIfNull(wanted);
        ArgumentNullException.ThrowIfNull(held);
        return Kept(payload).Count == 0 ? wanted : wanted with { UnitPrice = held.UnitPrice ?? wanted.UnitPrice, UnitCost = held.UnitCost ?? wanted.UnitCost };
    }
}
