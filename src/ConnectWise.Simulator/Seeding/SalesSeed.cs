namespace ConnectWise.Simulator.Seeding;

/// <summary>Sales order statuses.</summary>
internal static class SalesSeed
{
    public const string Json = """
        {
          "sales/orders/statuses": [
            { "id": 1, "name": "New", "defaultFlag": true, "inactiveFlag": false, "sortOrder": 1, "closedFlag": false },
            { "id": 2, "name": "Confirmed", "defaultFlag": false, "inactiveFlag": false, "sortOrder": 2, "closedFlag": false },
            { "id": 3, "name": "Shipped", "defaultFlag": false, "inactiveFlag": false, "sortOrder": 3, "closedFlag": false },
            { "id": 4, "name": "Closed", "defaultFlag": false, "inactiveFlag": false, "sortOrder": 4, "closedFlag": true },
            { "id": 5, "name": "Cancelled", "defaultFlag": false, "inactiveFlag": false, "sortOrder": 5, "closedFlag": true }
          ]
        }
        """;
}
