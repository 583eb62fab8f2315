using BssConnectWiseConnector.Models;

namespace BssConnectWiseConnector.Sync.Subscriptions;

/// <summary>What to do for a subscription without an addition: adopt one, create one, or report the candidates.</summary>
/// <param name="Adopt">The addition to adopt, if any.</param>
/// <param name="Conflict">Why no addition can be chosen, naming the candidates, if so.</param>
internal sealed record AdditionMatch(Addition? Adopt, string? Conflict)
{
    /// <summary>Gets the decision to create a new addition.</summary>
    public static AdditionMatch Create { get; } = new(null, null);
}
