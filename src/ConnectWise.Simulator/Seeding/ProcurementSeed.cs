namespace ConnectWise.Simulator.Seeding;

/// <summary>Product types, categories, subcategories (linked to their category), units of measure and the catalog items seat billing needs ("Archon Users").</summary>
internal static class ProcurementSeed
{
    public const string Json = """
        {
          "procurement/types": [
            { "id": 1, "name": "Fixed Cost Service", "inactiveFlag": false, "defaultFlag": false },
            { "id": 2, "name": "Non-Inventory", "inactiveFlag": false, "defaultFlag": false },
            { "id": 3, "name": "Service", "inactiveFlag": false, "defaultFlag": false },
            { "id": 4, "name": "Hardware", "inactiveFlag": false, "defaultFlag": false },
            { "id": 5, "name": "Software License", "inactiveFlag": false, "defaultFlag": false }
          ],
          "procurement/categories": [
            { "id": 1, "name": "Managed Services", "inactiveFlag": false, "defaultFlag": false },
            { "id": 2, "name": "Hardware", "inactiveFlag": false, "defaultFlag": false },
            { "id": 3, "name": "Software", "inactiveFlag": false, "defaultFlag": false },
            { "id": 4, "name": "Professional Services", "inactiveFlag": false, "defaultFlag": false }
          ],
          "procurement/subcategories": [
            { "id": 1, "name": "Per User", "category": { "id": 1 }, "inactiveFlag": false, "defaultFlag": false },
            { "id": 2, "name": "Per Device", "category": { "id": 1 }, "inactiveFlag": false, "defaultFlag": false },
            { "id": 3, "name": "Backup", "category": { "id": 1 }, "inactiveFlag": false, "defaultFlag": false },
            { "id": 4, "name": "Servers", "category": { "id": 2 }, "inactiveFlag": false, "defaultFlag": false },
            { "id": 5, "name": "Workstations", "category": { "id": 2 }, "inactiveFlag": false, "defaultFlag": false },
            { "id": 6, "name": "Licenses", "category": { "id": 3 }, "inactiveFlag": false, "defaultFlag": false },
            { "id": 7, "name": "Subscriptions", "category": { "id": 3 }, "inactiveFlag": false, "defaultFlag": false },
            { "id": 8, "name": "Consulting", "category": { "id": 4 }, "inactiveFlag": false, "defaultFlag": false }
          ],
          "procurement/unitOfMeasures": [
            { "id": 1, "name": "Each", "inactiveFlag": false, "defaultFlag": true },
            { "id": 2, "name": "User", "inactiveFlag": false, "defaultFlag": false },
            { "id": 3, "name": "Device", "inactiveFlag": false, "defaultFlag": false },
            { "id": 4, "name": "Month", "inactiveFlag": false, "defaultFlag": false },
            { "id": 5, "name": "Year", "inactiveFlag": false, "defaultFlag": false },
            { "id": 6, "name": "Hour", "inactiveFlag": false, "defaultFlag": false },
            { "id": 7, "name": "License", "inactiveFlag": false, "defaultFlag": false }
          ],
          "procurement/catalog": [
            {
              "id": 1, "identifier": "Archon Users", "description": "Archon Users", "customerDescription": "Zorus Archon per-user protection",
              "inactiveFlag": false, "subcategory": { "id": 1 }, "type": { "id": 1 }, "category": { "id": 1 }, "unitOfMeasure": { "id": 2 },
              "productClass": "NonInventory", "price": 5.0, "cost": 2.5, "priceAttribute": "FixedFee", "taxableFlag": false,
              "billableOption": "Billable", "recurringFlag": true, "recurringRevenue": 5.0, "recurringCost": 2.5, "serializedFlag": false
            },
            {
              "id": 2, "identifier": "MS-DEVICE", "description": "Managed Device", "customerDescription": "Monitoring and patching per device",
              "inactiveFlag": false, "subcategory": { "id": 2 }, "type": { "id": 1 }, "category": { "id": 1 }, "unitOfMeasure": { "id": 3 },
              "productClass": "Service", "price": 25.0, "cost": 8.0, "priceAttribute": "FixedFee", "taxableFlag": false,
              "billableOption": "Billable", "recurringFlag": true, "recurringRevenue": 25.0, "recurringCost": 8.0, "serializedFlag": false
            }
          ]
        }
        """;
}
