using Bss.IntegrationFramework;
using BssConnectWiseConnector.Lookups;
using BssConnectWiseConnector.Models;

namespace BssConnectWiseConnector.Mapping;

/// <summary>
/// Maps a ConnectWise company to a BSS account for pulls. Pure: no I/O. Written out member by member rather than
/// through AutoMapper (issue 16): a pull maps every record it reads, and an Accounts pull that maps nothing else need
/// not build the mapper's configuration at all.
/// </summary>
internal sealed class AccountFromCompanyMapper
{
    private readonly ILookupTables _lookups;

    /// <summary>Initializes a new instance of the <see cref="AccountFromCompanyMapper"/> class.</summary>
    /// <param name="lookups">The lookup tables, read backwards.</param>
    public AccountFromCompanyMapper(ILookupTables lookups)
    {
        _lookups = lookups;
    }

    /// <summary>Maps a company.</summary>
    /// <param name="company">The company.</param>
    /// <param name="bssId">The linked BSS id, or empty for a company the BSS does not have.</param>
    /// <param name="parentAccountId">The parent company's linked BSS id, if any.</param>
    /// <param name="primaryContactId">The default contact's linked BSS id, if any.</param>
    /// <returns>The account.</returns>
    public Account Map(Company company, string bssId, string? parentAccountId, string? primaryContactId)
    {
        ArgumentNullException.ThrowIfNull(company);
        var type = company.Types is { Count: > 0 } types ? types[0] : null;
        return new Account
        {
            Id = bssId,
            Code = Text.Clean(company.Identifier),
            Name = Text.Clean(company.Name) ?? string.Empty,
            Phone = Text.Clean(company.PhoneNumber),
            Fax = Text.Clean(company.FaxNumber),
            Website = Text.Clean(company.Website),
            BillingAddress = Address(company),
            // The first type only: a BSS account has one type. Unmapped ids fall back to ConnectWise's name.
            Type = _lookups.Reverse(LookupNames.AccountType, type?.Id) ?? type?.Name,
            Currency = _lookups.Reverse(LookupNames.Currency, company.Currency?.Id) ?? company.Currency?.Name,
            ParentAccountId = parentAccountId,
            PrimaryContactId = primaryContactId,
        };
    }

    // No address when ConnectWise holds none of its parts, so an account without one stays without one.
    private static Address? Address(Company company)
    {
        var address = new Address
        {
            Line1 = Text.Clean(company.AddressLine1),
            Line2 = Text.Clean(company.AddressLine2),
            City = Text.Clean(company.City),
            State = Text.Clean(company.State),
            PostalCode = Text.Clean(company.Zip),
            Country = Text.Clean(company.Country?.Name),
        };
        return address == new Address() ? null : address;
    }
}
