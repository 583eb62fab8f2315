namespace Bss.IntegrationFramework;

/// <summary>A line of an invoice.</summary>
public sealed record InvoiceLine
{
    /// <summary>Gets the BSS id of the product.</summary>
    public string ProductId { get; init; } = string.Empty;

    /// <summary>Gets the line's description.</summary>
    public string? Description { get; init; }

    /// <summary>Gets the quantity.</summary>
    public decimal Quantity { get; init; }

    /// <summary>Gets the unit price.</summary>
    public decimal? UnitPrice { get; init; }
}
