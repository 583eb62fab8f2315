namespace Bss.IntegrationFramework;

/// <summary>A postal address.</summary>
public sealed record Address
{
    /// <summary>Gets the first address line.</summary>
    public string? Line1 { get; init; }

    /// <summary>Gets the second address line.</summary>
    public string? Line2 { get; init; }

    /// <summary>Gets the city.</summary>
    public string? City { get; init; }

    /// <summary>Gets the state, province or region, by name or code.</summary>
    public string? State { get; init; }

    /// <summary>Gets the postal code.</summary>
    public string? PostalCode { get; init; }

    /// <summary>Gets the country, by name or ISO code.</summary>
    public string? Country { get; init; }
}
