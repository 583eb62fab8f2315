using System.Globalization;
using System.Text.Json;

namespace BssConnectWiseConnector.IntegrationTests.Reliability;

/// <summary>
/// A BSS records file across every module, deterministic by size: per account a contact, every other account a
/// seat subscription and an invoice, every fourth an order and a payment. Lookup values are the demo's, which
/// discovery maps on the simulator.
/// </summary>
internal sealed class AllModulesData
{
    private static readonly string[] ProductTypes = ["Software License", "Fixed Cost Service", "Service", "Hardware"];
    private static readonly string[] UnitTypes = ["Per User", "Per Device", "Consulting", "Servers", "Backup"];
    private static readonly string[] Currencies = ["USD", "GBP", "EUR"];

    public AllModulesData(int accounts)
    {
        Accounts = accounts;
        Products = 6;
        Contacts = accounts;
        Subscriptions = (accounts + 1) / 2;
        Invoices = (accounts + 1) / 2;
        Orders = (accounts + 3) / 4;
        Payments = (accounts + 3) / 4;
    }

    public int Accounts { get; }

    public int Contacts { get; }

    public int Products { get; }

    public int Subscriptions { get; }

    public int Orders { get; }

    public int Invoices { get; }

    public int Payments { get; }

    public int Total => Accounts + Contacts + Products + Subscriptions + Orders + Invoices + Payments;

    /// <summary>Gets the lines orders and invoices carry: two per order, one or two per invoice.</summary>
    public int Lines => (2 * Orders) + Enumerable.Range(0, Invoices).Sum(i => i % 2 == 0 ? 1 : 2);

    public IReadOnlyDictionary<string, int> PerModule => new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["Accounts"] = Accounts,
        ["Contacts"] = Contacts,
        ["Products"] = Products,
        ["Subscriptions"] = Subscriptions,
        ["Orders"] = Orders,
        ["Invoices"] = Invoices,
        ["Payments"] = Payments,
    };

    public static string AccountCode(int i) => "CRASH" + i.ToString("D5", CultureInfo.InvariantCulture);

    public static string InvoiceNumber(int i) => "CR-INV-" + i.ToString("D5", CultureInfo.InvariantCulture);

    public string ToJson()
    {
        var products = Enumerable.Range(1, Products).Select(p => new Dictionary<string, object?>
        {
            ["id"] = $"PRD-{p}",
            ["code"] = $"CRASH-SKU-{p}",
            ["name"] = $"Crash test product {p}",
            ["description"] = $"Product {p} of the crash-and-resume test",
            ["productType"] = ProductTypes[p % ProductTypes.Length],
            ["unitType"] = UnitTypes[p % UnitTypes.Length],
            ["price"] = 10m + p,
            ["cost"] = 4m + p,
            ["taxable"] = p % 2 == 0,
            ["active"] = true,
        }).ToList();
        var accounts = new List<object>();
        var contacts = new List<object>();
        var subscriptions = new List<object>();
        var orders = new List<object>();
        var invoices = new List<object>();
        var payments = new List<object>();
        for (var i = 1; i <= Accounts; i++)
        {
            var accountId = $"ACC-{i}";
            accounts.Add(new Dictionary<string, object?>
            {
                ["id"] = accountId,
                ["code"] = AccountCode(i),
                ["name"] = $"Crash Resume Customer {i}",
                ["type"] = i % 5 == 0 ? "Prospect" : "Customer",
                ["currency"] = Currencies[i % Currencies.Length],
                ["primaryContactId"] = $"CON-{i}",
                ["billingAddress"] = new { line1 = $"{i} Recovery Road", city = "Leeds", postalCode = "LS1 4AB", country = "GB" },
                ["phone"] = "+44 113 496 " + (i % 10_000).ToString("D4", CultureInfo.InvariantCulture),
            });
            contacts.Add(new { id = $"CON-{i}", accountId, firstName = "Robin", lastName = $"Resume {i}", email = $"robin{i}@crash{i}.example" });
        }

        for (var i = 1; i <= Subscriptions; i++)
        {
            var account = (2 * i) - 1;
            subscriptions.Add(new Dictionary<string, object?>
            {
                ["id"] = $"SUB-{i}",
                ["accountId"] = $"ACC-{account}",
                ["productId"] = $"PRD-{1 + (i % Products)}",
                ["name"] = $"Seats {i}",
                ["quantity"] = 5 + (i % 20),
                ["unitPrice"] = 12.5m,
                ["unitCost"] = 6.25m,
                ["billingCycle"] = "Monthly",
                ["startDate"] = "2026-01-01",
                ["status"] = "Active",
            });
        }

        for (var i = 1; i <= Invoices; i++)
        {
            var account = (2 * i) - 1;
            var lines = new List<object> { new { productId = $"PRD-{1 + (i % Products)}", description = $"Invoice {i} line 1", quantity = 1 + (i % 7), unitPrice = 20m } };
            if (i % 2 == 0)
            {
                lines.Add(new { productId = $"PRD-{1 + ((i + 1) % Products)}", description = $"Invoice {i} line 2", quantity = 2, unitPrice = 7.5m });
            }

            invoices.Add(new Dictionary<string, object?>
            {
                ["id"] = $"INV-{i}",
                ["number"] = InvoiceNumber(i),
                ["accountId"] = $"ACC-{account}",
                ["stage"] = "Sent",
                ["type"] = "Standard",
                ["date"] = "2026-04-01",
                ["dueDate"] = "2026-05-01",
                ["currency"] = "USD",
                ["lines"] = lines,
            });
        }

        for (var i = 1; i <= Orders; i++)
        {
            var account = (4 * i) - 2;
            orders.Add(new Dictionary<string, object?>
            {
                ["id"] = $"ORD-{i}",
                ["number"] = "CR-SO-" + i.ToString("D5", CultureInfo.InvariantCulture),
                ["accountId"] = $"ACC-{Math.Min(account, Accounts)}",
                ["contactId"] = $"CON-{Math.Min(account, Accounts)}",
                ["stage"] = "Confirmed",
                ["orderDate"] = "2026-04-02",
                ["currency"] = "USD",
                ["lines"] = new object[]
                {
                    new { productId = $"PRD-{1 + (i % Products)}", description = $"Order {i} line 1", quantity = 1, unitPrice = 100m, unitCost = 60m },
                    new { productId = $"PRD-{1 + ((i + 2) % Products)}", description = $"Order {i} line 2", quantity = 3, unitPrice = 10m, unitCost = 5m },
                },
            });
        }

        for (var i = 1; i <= Payments; i++)
        {
            // One payment per invoice, each with its own amount: amount and date are all a payment is known by.
            payments.Add(new { id = $"PAY-{i}", invoiceId = $"INV-{(2 * i) - 1}", amount = 10m + (i / 100m), date = "2026-04-12", paymentMethodId = "CARD", reference = $"ch_{i}" });
        }

        return JsonSerializer.Serialize(new { accounts, contacts, products, subscriptions, orders, invoices, payments });
    }
}
