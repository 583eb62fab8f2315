namespace Bss.IntegrationFramework;

/// <summary>A BSS subscription: seats of a product billed to an account.</summary>
public sealed record Subscription : BssRecord
{
    /// <summary>Gets the BSS id of the subscriber account.</summary>
    public string AccountId { get; init; } = string.Empty;

    /// <summary>Gets the BSS id of the product.</summary>
    public string ProductId { get; init; } = string.Empty;

    /// <summary>Gets the subscription's name.</summary>
    public string? Name { get; init; }

    /// <summary>Gets the number of seats.</summary>
    public decimal Quantity { get; init; }

    /// <summary>Gets the price per seat.</summary>
    public decimal? UnitPrice { get; init; }

    /// <summary>Gets the cost per seat.</summary>
    public decimal? UnitCost { get; init; }

    /// <summary>Gets the billing cycle, mapped through the billing cycle lookup to an agreement type.</summary>
    public string? BillingCycle { get; init; }

    /// <summary>Gets the first billed day.</summary>
    public DateOnly? StartDate { get; init; }

    /// <summary>Gets the last billed day, if the term ends.</summary>
    public DateOnly? EndDate { get; init; }

    /// <summary>Gets the day the subscription was cancelled, if it was.</summary>
    public DateOnly? CancelledDate { get; init; }

    /// <summary>Gets the state.</summary>
    public SubscriptionStatus Status { get; init; } = SubscriptionStatus.Active;

    /// <summary>Gets how the seats are billed (<c>Billable</c>, <c>DoNotBill</c>, <c>NoCharge</c>), overriding the product's; empty for the product's.</summary>
    public string? BillCustomer { get; init; }

    /// <summary>Gets the seats included in the base price (not billed per seat), overriding the product's.</summary>
    public decimal? LessIncluded { get; init; }

    /// <summary>Gets whether the seats are taxable on the invoice; empty leaves it to ConnectWise (the catalog item's setting).</summary>
    public bool? Taxable { get; init; }

    /// <summary>Gets the invoice description template (see <see cref="Product.InvoiceDescriptionTemplate"/>), overriding the product's.</summary>
    public string? InvoiceDescriptionTemplate { get; init; }

    /// <summary>Gets who sets the price and cost per seat (see <see cref="Product.PriceFrom"/>), overriding the product's.</summary>
    public string? PriceFrom { get; init; }
}
