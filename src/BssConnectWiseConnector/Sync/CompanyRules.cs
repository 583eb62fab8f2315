using Bss.IntegrationFramework;
using BssConnectWiseConnector.Http;
using BssConnectWiseConnector.Models;

namespace BssConnectWiseConnector.Sync;

/// <summary>
/// ConnectWise's rules for a company at the API version requests are sent with: the 2026.4 spec allows 156 characters
/// for identifier and name; clients generated from older specs (2025.1 and before) give 30 and 50, which apply to sites
/// before 2026.1. Addresses keep the limits older sites still enforce.
/// </summary>
internal static class CompanyRules
{
    /// <summary>The first version known to allow 156 characters for a company's identifier and name.</summary>
    public static readonly ApiVersion LongNamesSince = new(2026, 1);

    /// <summary>Checks a mapped company.</summary>
    /// <param name="company">The company to send.</param>
    /// <param name="version">The API version requests are sent with; its field limits apply.</param>
    /// <returns>Every problem, each naming the field, the value and the fix.</returns>
    public static IReadOnlyList<string> Check(Company company, ApiVersion version)
    {
        ArgumentNullException.ThrowIfNull(company);
        var longNames = version >= LongNamesSince;
        return new FieldRules("account")
            .Required("identifier", "code", company.Identifier)
            .MaxLength("identifier", "code", company.Identifier, longNames ? 156 : 30)
            .Required("name", "name", company.Name)
            .MaxLength("name", "name", company.Name, longNames ? 156 : 50)
            .MaxLength("addressLine1", "billingAddress.line1", company.AddressLine1, 50)
            .MaxLength("addressLine2", "billingAddress.line2", company.AddressLine2, 50)
            .MaxLength("city", "billingAddress.city", company.City, 50)
            .MaxLength("state", "billingAddress.state", company.State, 50)
            .MaxLength("zip", "billingAddress.postalCode", company.Zip, 12)
            .MaxLength("phoneNumber", "phone", company.PhoneNumber, 30)
            .MaxLength("faxNumber", "fax", company.FaxNumber, 30)
            .MaxLength("website", "website", company.Website, 255)
            .Problems;
    }

    /// <summary>
    /// ConnectWise's address rule, checked before any request: the spec's field texts of Company addressLine1…zip say
    /// "at least one address field is required -- addressLine1, addressLine2, city, state, zip and/or country".
    /// </summary>
    /// <param name="address">The account's billing address, the one the company's address is taken from.</param>
    /// <returns>The problem with its fix, or <see langword="null"/> when the address has at least one field.</returns>
    public static string? MissingAddress(Address? address)
    {
        string?[] fields = [address?.Line1, address?.Line2, address?.City, address?.State, address?.PostalCode, address?.Country];
        return fields.Any(f => !string.IsNullOrWhiteSpace(f))
            ? null
            : "ConnectWise needs at least one address field on a company, but the account's billing address is empty; fill at least one of billingAddress.line1, line2, city, state, postalCode or country in the BSS.";
    }
}
