namespace Bss.IntegrationFramework;

/// <summary>A BSS product of the catalog.</summary>
public sealed record Product : BssRecord
{
    /// <summary>Gets the product code (SKU).</summary>
    public string? Code { get; init; }

    /// <summary>Gets the product's name.</summary>
    public string Name { get; init; } = string.Empty;

    /// <summary>Gets the long description.</summary>
    public string? Description { get; init; }

    /// <summary>Gets the product type, mapped through the product type lookup.</summary>
    public string? ProductType { get; init; }

    /// <summary>Gets the unit type, mapped through the unit type lookup.</summary>
    public string? UnitType { get; init; }

    /// <summary>Gets the unit price.</summary>
    public decimal? Price { get; init; }

    /// <summary>Gets the unit cost.</summary>
    public decimal? Cost { get; init; }

    /// <summary>Gets whether the product is taxable.</summary>
    public bool Taxable { get; init; }

    /// <summary>Gets whether the product is sold.</summary>
    public bool Active { get; init; } = true;

    /// <summary>Gets the billing cycle of a recurring product (subscriptions are sold on them), if any.</summary>
    public string? BillingCycle { get; init; }

    /// <summary>
    /// Gets how the product's subscription seats are billed: <c>Billable</c>, <c>DoNotBill</c> or <c>NoCharge</c>;
    /// when empty, the instance's default (the Product Billable Option). A subscription can override it.
    /// </summary>
    public string? BillCustomer { get; init; }

    /// <summary>Gets the seats included in the base price of a subscription of the product (not billed per seat); a subscription can override it.</summary>
    public decimal? LessIncluded { get; init; }

    /// <summary>
    /// Gets the invoice description of the product's subscription seats, with placeholders <c>{name}</c> (the
    /// subscription's name), <c>{product}</c> (the product's name) and <c>{seats}</c>; when empty, the subscription's
    /// name. A subscription can override it.
    /// </summary>
    public string? InvoiceDescriptionTemplate { get; init; }

    /// <summary>
    /// Gets who sets the price and cost per seat of the product's subscriptions: <c>Bss</c> (sent on every change) or
    /// <c>ConnectWise</c> (sent when the addition is created, then kept as set in ConnectWise); when empty, the BSS.
    /// A subscription can override it.
    /// </summary>
    public string? PriceFrom { get; init; }
}
