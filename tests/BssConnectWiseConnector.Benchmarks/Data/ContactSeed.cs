using System.Globalization;
using System.Text.Json.Nodes;
using ConnectWise.Simulator;

namespace BssConnectWiseConnector.Benchmarks.Data;

/// <summary>Companies with one contact each placed straight into the simulator's store, for the Contacts pulls.</summary>
internal static class ContactSeed
{
    public const string Contacts = "company/contacts";

    public static void Add(SimulatorStore store, int count)
    {
        for (var i = 1; i <= count; i++)
        {
            var company = store.Add(CompanySeed.Companies, CompanySeed.Company(i));
            store.Add(Contacts, Contact(i, company));
        }
    }

    // An e-mail address, a direct number and a mobile, as a contact the connector pushed carries them.
    public static JsonObject Contact(int i, int company) => new()
    {
        ["firstName"] = "Pat",
        ["lastName"] = "Contact " + i.ToString("D6", CultureInfo.InvariantCulture),
        ["title"] = "Finance Director",
        ["company"] = new JsonObject { ["id"] = company },
        ["communicationItems"] = new JsonArray(
            Item(1, "Email", "Email", $"pat{i}@company{i}.example", isDefault: true),
            Item(2, "Direct", "Phone", "+44 113 496 0000", isDefault: true),
            Item(4, "Mobile", "Phone", "+44 7700 900000", isDefault: false)),
    };

    private static JsonObject Item(int typeId, string typeName, string communicationType, string value, bool isDefault) => new()
    {
        ["type"] = new JsonObject { ["id"] = typeId, ["name"] = typeName },
        ["value"] = value,
        ["defaultFlag"] = isDefault,
        ["communicationType"] = communicationType,
    };
}
