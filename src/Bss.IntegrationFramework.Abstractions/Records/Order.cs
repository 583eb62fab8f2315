namespace Bss.IntegrationFramework;

/// <summary>A BSS order with its lines.</summary>
public sealed record Order : BssRecord
{
    /// <summary>Gets the order number.</summary>
    public string? Number { get; init; }

    /// <summary>Gets the BSS id of the ordering account.</summary>
    public string AccountId { get; init; } = string.Empty;

    /// <summary>Gets the BSS id of the ordering contact.</summary>
    public string? ContactId { get; init; }

    /// <summary>Gets the order stage, mapped through the order stage lookup.</summary>
    public string? Stage { get; init; }

    /// <summary>Gets the order date.</summary>
    public DateOnly? OrderDate { get; init; }

    /// <summary>Gets the due date.</summary>
    public DateOnly? DueDate { get; init; }

    /// <summary>Gets the customer's purchase-order number.</summary>
    public string? PoNumber { get; init; }

    /// <summary>Gets the currency code.</summary>
    public string? Currency { get; init; }

    /// <summary>Gets the lines.</summary>
    public IReadOnlyList<OrderLine> Lines { get; init; } = [];
}
