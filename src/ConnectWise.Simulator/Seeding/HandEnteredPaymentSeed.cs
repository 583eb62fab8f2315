using System.Text.Json.Nodes;

namespace ConnectWise.Simulator.Seeding;

/// <summary>
/// A company, a Miscellaneous invoice and a payment applied to it by hand in ConnectWise, seeded in the strict
/// profile so that a reader of the site's own payments (the conformance command) finds the payment types it uses.
/// </summary>
internal static class HandEnteredPaymentSeed
{
    public static void Apply(SimulatorStore store, SimulatorOptions options)
    {
        var company = store.Add("company/companies", new JsonObject
        {
            ["identifier"] = SeededSamples.HandEnteredPaymentCompanyIdentifier,
            ["name"] = "Hand-Entered Payment Sample",
            ["city"] = "Tampa",
            ["status"] = new JsonObject { ["id"] = 1 },
            ["types"] = new JsonArray(new JsonObject { ["id"] = 1 }),
        });
        var invoice = store.Add("finance/invoices", new JsonObject
        {
            ["type"] = "Miscellaneous",
            ["company"] = new JsonObject { ["id"] = company },
            ["reference"] = SeededSamples.HandEnteredPaymentInvoiceReference,
            ["status"] = new JsonObject { ["id"] = 2 },
            ["date"] = "2026-01-05T00:00:00Z",
            ["total"] = 100.0,
            ["balance"] = 0.0,
        });
        store.Update("finance/invoices", invoice, i => i["invoiceNumber"] = invoice.ToString(System.Globalization.CultureInfo.InvariantCulture));
        store.Add("finance/invoices/{parentId}/payments", new JsonObject
        {
            ["type"] = options.PaymentTypes.FirstOrDefault() ?? "Payment",
            ["invoice"] = new JsonObject { ["id"] = invoice },
            ["amount"] = 100.0,
            ["paymentDate"] = "2026-01-20T00:00:00Z",
            ["appliedBy"] = "admin1",
        });
    }
}
