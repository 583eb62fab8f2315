using System.Globalization;
using System.Text.Json.Nodes;
using ConnectWise.Simulator.Schemas.Rules;
using ConnectWise.Simulator.Storage;

namespace ConnectWise.Simulator.Api;

/// <summary>
/// <c>finance/agreementrecap</c>: one recap per agreement, computed from the agreement and its invoicing state before
/// each read. The spec types its dates as strings and gives the recap no agreement reference: the normal profile
/// answers the agreement's id and ISO dates; the strict profile (unverified either way) numbers recaps on their own
/// and writes dates as the ConnectWise screens show them (M/d/yyyy), so a client must match by name and company.
/// </summary>
internal static class AgreementRecaps
{
    /// <summary>The route.</summary>
    public const string Route = "finance/agreementrecap";

    /// <summary>What the strict profile adds to an agreement's id to number its recap.</summary>
    public const int StrictIdOffset = 900000;

    private static readonly Lock Gate = new();

    /// <summary>Rebuilds the recaps from the agreements.</summary>
    /// <param name="store">The store.</param>
    /// <param name="options">The profile.</param>
    public static void Refresh(SimulatorStore store, SimulatorOptions options)
    {
        var strict = options.Profile == SimulatorProfile.Strict;
        lock (Gate)
        {
            store.Clear(Route);
            foreach (var agreement in store.All("finance/agreements"))
            {
                if (!JsonPaths.TryGetInt(agreement["id"], out var id))
                {
                    continue;
                }

                var state = store.Invoicing.Of(id);
                var companyId = RuleValues.ReferenceId(agreement["company"]);
                var companyName = RuleValues.Text(agreement["company"]?["name"])
                    ?? (companyId is { } company ? RuleValues.Text(store.Get("company/companies", company)?["name"]) : null);
                store.Add(Route, new JsonObject
                {
                    ["id"] = strict ? id + StrictIdOffset : id,
                    ["name"] = RuleValues.Text(agreement["name"]),
                    ["companyName"] = companyName,
                    ["agreementStatus"] = RuleValues.Text(agreement["agreementStatus"]) ?? (RuleValues.IsTrue(agreement["cancelledFlag"]) ? "Cancelled" : "Active"),
                    ["lastInvoiceDate"] = Format(state.LastInvoiceDate, strict),
                    ["nextInvoiceDate"] = Format(state.NextInvoiceDate, strict),
                });
            }
        }
    }

    private static string? Format(DateOnly? date, bool strict) =>
        date is not { } day ? null : strict ? day.ToString("M/d/yyyy", CultureInfo.InvariantCulture) : day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z";
}
