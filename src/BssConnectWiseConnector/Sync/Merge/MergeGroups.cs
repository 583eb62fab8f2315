namespace BssConnectWiseConnector.Sync.Merge;

/// <summary>The names of the field groups an ownership policy is set for.</summary>
internal static class MergeGroups
{
    /// <summary>What identifies the record and what it belongs to: codes, names, types, references.</summary>
    public const string Identity = "Identity";

    /// <summary>What billing depends on: currency, prices, costs, tax.</summary>
    public const string Billing = "Billing";

    /// <summary>Phones, fax, e-mail, website, job title.</summary>
    public const string Communication = "Communication";

    /// <summary>The billing address.</summary>
    public const string Address = "Address";

    /// <summary>A product's customer-facing description.</summary>
    public const string Description = "Description";
}
