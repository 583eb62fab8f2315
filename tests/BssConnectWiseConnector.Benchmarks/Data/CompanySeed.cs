using System.Globalization;
using System.Text.Json.Nodes;
using ConnectWise.Simulator;

namespace BssConnectWiseConnector.Benchmarks.Data;

/// <summary>Companies placed straight into the simulator's store, for the pulls.</summary>
internal static class CompanySeed
{
    public const string Companies = "company/companies";

    public static void Add(SimulatorStore store, int count)
    {
        for (var i = 1; i <= count; i++)
        {
            store.Add(Companies, Company(i));
        }
    }

    public static JsonObject Company(int i) => new()
    {
        ["identifier"] = "CO" + i.ToString("D6", CultureInfo.InvariantCulture),
        ["name"] = $"Company {i} Ltd",
        ["status"] = new JsonObject { ["id"] = 1 },
        ["types"] = new JsonArray(new JsonObject { ["id"] = 1 }),
        ["addressLine1"] = $"{i} High Street",
        ["city"] = "Leeds",
        ["zip"] = "LS1 4AB",
        ["country"] = new JsonObject { ["id"] = 3 },
        ["phoneNumber"] = "+44 113 496 0000",
        ["website"] = $"https://company{i}.example",
    };
}
