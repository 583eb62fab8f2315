namespace Bss.IntegrationFramework;

/// <summary>A BSS invoice with its lines.</summary>
public sealed record Invoice : BssRecord
{
    /// <summary>Gets the invoice number.</summary>
    public string? Number { get; init; }

    /// <summary>Gets the BSS id of the billed account.</summary>
    public string AccountId { get; init; } = string.Empty;

    /// <summary>Gets the invoice stage, mapped through the invoice stage lookup.</summary>
    public string? Stage { get; init; }

    /// <summary>Gets the invoice type, mapped through the invoice type lookup.</summary>
    public string? Type { get; init; }

    /// <summary>Gets the invoice date.</summary>
    public DateOnly? Date { get; init; }

    /// <summary>Gets the due date.</summary>
    public DateOnly? DueDate { get; init; }

    /// <summary>Gets the currency code.</summary>
    public string? Currency { get; init; }

    /// <summary>Gets the lines.</summary>
    public IReadOnlyList<InvoiceLine> Lines { get; init; } = [];
}
