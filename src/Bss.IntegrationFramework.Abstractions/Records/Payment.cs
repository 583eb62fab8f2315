namespace Bss.IntegrationFramework;

/// <summary>A payment of a BSS invoice.</summary>
public sealed record Payment : BssRecord
{
    /// <summary>Gets the BSS id of the paid invoice.</summary>
    public string InvoiceId { get; init; } = string.Empty;

    /// <summary>Gets the amount paid.</summary>
    public decimal Amount { get; init; }

    /// <summary>Gets the payment date.</summary>
    public DateOnly? Date { get; init; }

    /// <summary>Gets the BSS id of the payment method.</summary>
    public string? PaymentMethodId { get; init; }

    /// <summary>Gets the payment's reference, such as a transaction number.</summary>
    public string? Reference { get; init; }
}
