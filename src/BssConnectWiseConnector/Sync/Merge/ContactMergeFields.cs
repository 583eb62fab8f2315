using Bss.IntegrationFramework;

namespace BssConnectWiseConnector.Sync.Merge;

/// <summary>The contact fields a ConnectWise contact represents, each with its group and the contact fields it comes from.</summary>
internal static class ContactMergeFields
{
    /// <summary>The fields, in report order.</summary>
    public static readonly IReadOnlyList<MergeField<Contact>> All =
    [
        new("accountId", MergeGroups.Identity, ["company"], c => MergeValues.Text(c.AccountId), (c, r) => c with { AccountId = r.AccountId }),
        new("firstName", MergeGroups.Identity, ["firstName"], c => MergeValues.Text(c.FirstName), (c, r) => c with { FirstName = r.FirstName }),
        new("lastName", MergeGroups.Identity, ["lastName"], c => MergeValues.Text(c.LastName), (c, r) => c with { LastName = r.LastName }),
        new("jobTitle", MergeGroups.Communication, ["title"], c => MergeValues.Text(c.JobTitle), (c, r) => c with { JobTitle = r.JobTitle }),
        new("email", MergeGroups.Communication, ["communicationItems"], c => MergeValues.Text(c.Email), (c, r) => c with { Email = r.Email }),
        new("phone", MergeGroups.Communication, ["communicationItems"], c => MergeValues.Text(c.Phone), (c, r) => c with { Phone = r.Phone }),
        new("mobile", MergeGroups.Communication, ["communicationItems"], c => MergeValues.Text(c.Mobile), (c, r) => c with { Mobile = r.Mobile }),
        new("fax", MergeGroups.Communication, ["communicationItems"], c => MergeValues.Text(c.Fax), (c, r) => c with { Fax = r.Fax }),
    ];
}
