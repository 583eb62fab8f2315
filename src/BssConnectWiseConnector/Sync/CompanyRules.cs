using BssConnectWiseConnector.Models;

namespace BssConnectWiseConnector.Sync;

/// <summary>ConnectWise's rules for a company (schema version 2026.4, with the limits older sites still enforce on addresses).</summary>
internal static class CompanyRules
{
    /// <summary>Checks a mapped company.</summary>
    /// <param name="company">The company to send.</param>
    /// <returns>Every problem, each naming the field, the value and the fix.</returns>
    public static IReadOnlyList<string> Check(Company company)
    {
        ArgumentNullException.ThrowIfNull(company);
        return new FieldRules("account")
            .Required("identifier", "code", company.Identifier)
            .MaxLength("identifier", "code", company.Identifier, 156)
            .Required("name", "name", company.Name)
            .MaxLength("name", "name", company.Name, 156)
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
}
