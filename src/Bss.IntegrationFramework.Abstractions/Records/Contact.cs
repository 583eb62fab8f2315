namespace Bss.IntegrationFramework;

/// <summary>A contact person of a BSS account.</summary>
public sealed record Contact : BssRecord
{
    /// <summary>Gets the BSS id of the contact's account.</summary>
    public string AccountId { get; init; } = string.Empty;

    /// <summary>Gets the first name.</summary>
    public string? FirstName { get; init; }

    /// <summary>Gets the last name.</summary>
    public string? LastName { get; init; }

    /// <summary>Gets the job title.</summary>
    public string? JobTitle { get; init; }

    /// <summary>Gets the e-mail address.</summary>
    public string? Email { get; init; }

    /// <summary>Gets the phone number.</summary>
    public string? Phone { get; init; }

    /// <summary>Gets the mobile number.</summary>
    public string? Mobile { get; init; }

    /// <summary>Gets the fax number.</summary>
    public string? Fax { get; init; }
}
