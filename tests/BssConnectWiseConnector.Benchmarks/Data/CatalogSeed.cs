using System.Globalization;
using System.Text.Json.Nodes;
using ConnectWise.Simulator;

namespace BssConnectWiseConnector.Benchmarks.Data;

/// <summary>Recurring catalog items placed straight into the simulator's store (beside the items it seeds), for the Products pulls.</summary>
internal static class CatalogSeed
{
    public const string Catalog = "procurement/catalog";

    /// <summary>The product type of every seeded item (the simulator's "Service").</summary>
    public const int TypeId = 3;

    /// <summary>The subcategory of every seeded item (the simulator's "Per User").</summary>
    public const int SubcategoryId = 1;

    public static void Add(SimulatorStore store, int count)
    {
        for (var i = 1; i <= count; i++)
        {
            store.Add(Catalog, Item(i));
        }
    }

    public static JsonObject Item(int i) => new()
    {
        ["identifier"] = "SKU" + i.ToString("D6", CultureInfo.InvariantCulture),
        ["description"] = $"Managed service {i}",
        ["customerDescription"] = $"Managed service {i}, per user per month",
        ["subcategory"] = new JsonObject { ["id"] = SubcategoryId },
        ["type"] = new JsonObject { ["id"] = TypeId },
        ["category"] = new JsonObject { ["id"] = 1 },
        ["unitOfMeasure"] = new JsonObject { ["id"] = 3 },
        ["productClass"] = "Service",
        ["price"] = 22.0,
        ["cost"] = 18.7,
        ["taxableFlag"] = true,
        ["recurringFlag"] = true,
        ["recurringBillCycle"] = new JsonObject { ["id"] = 2, ["name"] = "Monthly" },
        ["billableOption"] = "Billable",
    };
}
