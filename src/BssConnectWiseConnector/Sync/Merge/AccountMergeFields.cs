using Bss.IntegrationFramework;

namespace BssConnectWiseConnector.Sync.Merge;

/// <summary>The account fields a ConnectWise company represents, each with its group and the company fields it comes from.</summary>
internal static class AccountMergeFields
{
    /// <summary>The fields, in report order.</summary>
    public static readonly IReadOnlyList<MergeField<Account>> All =
    [
        new("code", MergeGroups.Identity, ["identifier"], a => MergeValues.Text(a.Code), (a, r) => a with { Code = r.Code }),
        new("name", MergeGroups.Identity, ["name"], a => MergeValues.Text(a.Name), (a, r) => a with { Name = r.Name }),
        new("type", MergeGroups.Identity, ["types"], a => MergeValues.Text(a.Type), (a, r) => a with { Type = r.Type }),
        new("parentAccountId", MergeGroups.Identity, ["parentCompany"], a => MergeValues.Text(a.ParentAccountId), (a, r) => a with { ParentAccountId = r.ParentAccountId }),
        new("primaryContactId", MergeGroups.Identity, ["defaultContact"], a => MergeValues.Text(a.PrimaryContactId), (a, r) => a with { PrimaryContactId = r.PrimaryContactId }),
        new("currency", MergeGroups.Billing, ["currency"], a => MergeValues.Text(a.Currency), (a, r) => a with { Currency = r.Currency }),
        new("phone", MergeGroups.Communication, ["phoneNumber"], a => MergeValues.Text(a.Phone), (a, r) => a with { Phone = r.Phone }),
        new("fax", MergeGroups.Communication, ["faxNumber"], a => MergeValues.Text(a.Fax), (a, r) => a with { Fax = r.Fax }),
        new("website", MergeGroups.Communication, ["website"], a => MergeValues.Text(a.Website), (a, r) => a with { Website = r.Website }),
        Address("billingAddress.line1", "addressLine1", a => a.Line1, (a, v) => a with { Line1 = v }),
        Address("billingAddress.line2", "addressLine2", a => a.Line2, (a, v) => a with { Line2 = v }),
        Address("billingAddress.city", "city", a => a.City, (a, v) => a with { City = v }),
        Address("billingAddress.state", "state", a => a.State, (a, v) => a with { State = v }),
        Address("billingAddress.postalCode", "zip", a => a.PostalCode, (a, v) => a with { PostalCode = v }),

        // ConnectWise names the country ("United States"), the BSS may hold a code ("US"): compared as written, so an
        // unchanged country is a standing difference (kept) and only a country changed in ConnectWise is taken.
        Address("billingAddress.country", "country", a => a.Country, (a, v) => a with { Country = v }),
    ];

    private static MergeField<Account> Address(string name, string remoteField, Func<Address, string?> read, Func<Address, string?, Address> write) =>
        new(
            name,
            MergeGroups.Address,
            [remoteField],
            a => a.BillingAddress is { } address ? MergeValues.Text(read(address)) : null,
            (a, r) =>
            {
                var address = write(a.BillingAddress ?? new Address(), r.BillingAddress is { } source ? read(source) : null);
                return a with { BillingAddress = address == new Address() ? null : address };
            });
}
