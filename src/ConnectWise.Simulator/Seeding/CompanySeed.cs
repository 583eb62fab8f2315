namespace ConnectWise.Simulator.Seeding;

/// <summary>Company statuses, company types and countries.</summary>
internal static class CompanySeed
{
    public const string Json = """
        {
          "company/companies/statuses": [
            { "id": 1, "name": "Active", "defaultFlag": true, "inactiveFlag": false, "notifyFlag": false, "disallowSavingFlag": false, "customNoteFlag": false, "cancelOpenTracksFlag": false },
            { "id": 2, "name": "Inactive", "defaultFlag": false, "inactiveFlag": true, "notifyFlag": false, "disallowSavingFlag": false, "customNoteFlag": false, "cancelOpenTracksFlag": true },
            { "id": 3, "name": "Not-Approved", "defaultFlag": false, "inactiveFlag": false, "notifyFlag": true, "notificationMessage": "This company has not been approved.", "disallowSavingFlag": false, "customNoteFlag": false, "cancelOpenTracksFlag": false },
            { "id": 4, "name": "Credit Hold", "defaultFlag": false, "inactiveFlag": false, "notifyFlag": true, "notificationMessage": "This company is on credit hold.", "disallowSavingFlag": false, "customNoteFlag": false, "cancelOpenTracksFlag": false }
          ],
          "company/companies/types": [
            { "id": 1, "name": "Customer", "defaultFlag": true, "vendorFlag": false, "serviceAlertFlag": false },
            { "id": 2, "name": "Prospect", "defaultFlag": false, "vendorFlag": false, "serviceAlertFlag": false },
            { "id": 3, "name": "Vendor", "defaultFlag": false, "vendorFlag": true, "serviceAlertFlag": false },
            { "id": 4, "name": "Partner", "defaultFlag": false, "vendorFlag": false, "serviceAlertFlag": false },
            { "id": 5, "name": "Competitor", "defaultFlag": false, "vendorFlag": false, "serviceAlertFlag": false }
          ],
          "company/countries": [
            { "id": 1, "identifier": "US", "name": "United States", "defaultFlag": true },
            { "id": 2, "identifier": "CA", "name": "Canada", "defaultFlag": false },
            { "id": 3, "identifier": "GB", "name": "United Kingdom", "defaultFlag": false },
            { "id": 4, "identifier": "IE", "name": "Ireland", "defaultFlag": false },
            { "id": 5, "identifier": "DE", "name": "Germany", "defaultFlag": false },
            { "id": 6, "identifier": "FR", "name": "France", "defaultFlag": false },
            { "id": 7, "identifier": "NL", "name": "Netherlands", "defaultFlag": false },
            { "id": 8, "identifier": "GR", "name": "Greece", "defaultFlag": false },
            { "id": 9, "identifier": "AU", "name": "Australia", "defaultFlag": false },
            { "id": 10, "identifier": "NZ", "name": "New Zealand", "defaultFlag": false },
            { "id": 11, "identifier": "ZA", "name": "South Africa", "defaultFlag": false }
          ]
        }
        """;
}
