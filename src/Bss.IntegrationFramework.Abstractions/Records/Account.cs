namespace Bss.IntegrationFramework;

/// <summary>A BSS account (customer).</summary>
public sealed record Account : BssRecord
{
    /// <summary>Gets the account code, unique in the BSS; the remote identifier when set.</summary>
    public string? Code { get; init; }

    /// <summary>Gets the account's name.</summary>
    public string Name { get; init; } = string.Empty;

    /// <summary>Gets the account type, mapped through the account type lookup.</summary>
    public string? Type { get; init; }

    /// <summary>Gets the currency code, mapped through the currency lookup.</summary>
    public string? Currency { get; init; }

    /// <summary>Gets the BSS id of the parent account.</summary>
    public string? ParentAccountId { get; init; }

    /// <summary>Gets the BSS id of the primary contact.</summary>
    public string? PrimaryContactId { get; init; }

    /// <summary>Gets the billing address.</summary>
    public Address? BillingAddress { get; init; }

    /// <summary>Gets the phone number.</summary>
    public string? Phone { get; init; }

    /// <summary>Gets the fax number.</summary>
    public string? Fax { get; init; }

    /// <summary>Gets the web site.</summary>
    public string? Website { get; init; }
}
