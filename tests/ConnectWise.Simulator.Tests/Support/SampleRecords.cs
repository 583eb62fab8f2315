using System.Net;
using System.Text.Json.Nodes;

namespace ConnectWise.Simulator.Tests.Support;

/// <summary>
/// A company, contact, agreement, invoice and sales order created through the API, and a valid body for every
/// resource, with {company}, {contact}, {agreement}, {invoice} and {order} standing for their ids.
/// </summary>
internal sealed class SampleRecords
{
    public static readonly IReadOnlyDictionary<string, string> ValidBodies = new Dictionary<string, string>
    {
        ["company/companies"] = """{"identifier":"GLOBEX","name":"Globex Corporation","addressLine1":"1 Main St","city":"Springfield"}""",
        ["company/companies/{company}/typeAssociations"] = """{"type":{"id":4}}""",
        ["company/companies/statuses"] = """{"name":"Prospect Hold"}""",
        ["company/companies/types"] = """{"name":"Reseller"}""",
        ["company/countries"] = """{"name":"Cyprus","identifier":"CY"}""",
        ["company/contacts"] = """{"firstName":"Jane","lastName":"Doe","company":{"id":{company}},"communicationItems":[{"type":{"id":1,"name":"Email"},"value":"jane@acme.test","communicationType":"Email","defaultFlag":true}]}""",
        ["procurement/catalog"] = """{"identifier":"BACKUP-100","description":"Backup 100GB","customerDescription":"Cloud backup, 100 GB","subcategory":{"id":3},"type":{"id":1},"price":12.5}""",
        ["procurement/types"] = """{"name":"Bundle"}""",
        ["procurement/categories"] = """{"name":"Cloud"}""",
        ["procurement/subcategories"] = """{"name":"Storage","category":{"id":1}}""",
        ["procurement/unitOfMeasures"] = """{"name":"Gigabyte"}""",
        ["procurement/products"] = """{"catalogItem":{"id":1},"billableOption":"Billable","quantity":3,"price":5,"salesOrder":{"id":{order}}}""",
        ["finance/agreements"] = """{"name":"Acme Managed Services","type":{"id":1},"company":{"id":{company}},"contact":{"id":{contact}},"startDate":"2026-01-01T00:00:00Z"}""",
        ["finance/agreements/{agreement}/additions"] = """{"product":{"id":1},"billCustomer":"Billable","quantity":12,"unitPrice":5,"unitCost":2.5}""",
        ["finance/agreements/types"] = """{"name":"Cloud Backup","employeeCompRate":"Actual","employeeCompNotExceed":"Billing","invoicingCycle":"CalendarYear","billTime":"Billable","billExpenses":"Billable","billProducts":"Billable"}""",
        ["finance/invoices"] = """{"type":"Standard","company":{"id":{company}},"invoiceNumber":"INV-1001","date":"2026-03-01T00:00:00Z","total":120.5}""",
        ["finance/invoices/{invoice}/payments"] = """{"type":"Payment","amount":60.25,"paymentDate":"2026-03-05T00:00:00Z"}""",
        ["finance/billingStatuses"] = """{"name":"Disputed"}""",
        ["finance/currencies"] = """{"currencyIdentifier":"CHF","name":"Swiss Franc","symbol":"Fr"}""",
        ["sales/orders"] = """{"company":{"id":{company}},"status":{"id":1},"salesRep":{"id":1},"poNumber":"PO-77","orderDate":"2026-03-01T00:00:00Z"}""",
        ["sales/orders/statuses"] = """{"name":"On Hold"}""",
        ["system/callbacks"] = """{"description":"Another integration","url":"https://hooks.example.test/cw?recordId=","objectId":1,"type":"company","level":"owner","inactiveFlag":true}""",
        ["system/members"] = """{"identifier":"newbie","firstName":"New","lastName":"Member","licenseClass":"F","hireDate":"2026-01-01T00:00:00Z","defaultEmail":"Office","defaultPhone":"Office","securityRole":{"id":1,"name":"Admin"}}""",
    };

    private SampleRecords(IReadOnlyDictionary<string, int> ids) => Ids = ids;

    public IReadOnlyDictionary<string, int> Ids { get; }

    public static async Task<SampleRecords> CreateAsync(HttpClient client)
    {
        var ids = new Dictionary<string, int>();
        var samples = new SampleRecords(ids);
        ids["company"] = await PostAsync(client, "company/companies", """{"identifier":"ACME","name":"Acme Inc","city":"Phoenix"}""");
        ids["contact"] = await PostAsync(client, "company/contacts", samples.Fill("""{"firstName":"Wile","lastName":"Coyote","company":{"id":{company}}}"""));
        ids["agreement"] = await PostAsync(client, "finance/agreements", samples.Fill("""{"name":"Acme Seats","type":{"id":1},"company":{"id":{company}},"contact":{"id":{contact}}}"""));
        ids["invoice"] = await PostAsync(client, "finance/invoices", samples.Fill("""{"type":"Standard","company":{"id":{company}},"invoiceNumber":"INV-1"}"""));
        ids["order"] = await PostAsync(client, "sales/orders", samples.Fill("""{"company":{"id":{company}},"status":{"id":1},"salesRep":{"id":1}}"""));
        return samples;
    }

    public string Fill(string text)
    {
        foreach (var (name, id) in Ids)
        {
            text = text.Replace("{" + name + "}", id.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        }

        return text;
    }

    private static async Task<int> PostAsync(HttpClient client, string route, string body)
    {
        using var response = await client.PostAsync(route, SimulatorHttp.Json(body));
        var text = await response.Content.ReadAsStringAsync();
        Assert.AreEqual(HttpStatusCode.Created, response.StatusCode, $"{route}: {text}");
        return (int)JsonNode.Parse(text)!["id"]!;
    }
}
