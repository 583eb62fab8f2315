namespace Bss.IntegrationFramework;

/// <summary>What the administrator chose to link.</summary>
public sealed class CustomerLinkRequest
{
    /// <summary>Gets the BSS account id.</summary>
    public required string AccountId { get; init; }

    /// <summary>Gets the remote company: its id, or its identifier.</summary>
    public required string Company { get; init; }

    /// <summary>Gets the remote id of the agreement's contact, or <see langword="null"/> to leave the choice to the push.</summary>
    public string? ContactId { get; init; }

    /// <summary>Gets the price per seat the customer's agreement additions get, or <see langword="null"/> for the subscriptions' own.</summary>
    public decimal? PricePerSeat { get; init; }
}
