using Bss.IntegrationFramework;
using BssConnectWiseConnector.Mapping;
using BssConnectWiseConnector.Models;
using BssConnectWiseConnector.Sync;
using BssConnectWiseConnector.Sync.Documents;
using BssConnectWiseConnector.Tests.TestSupport;
using Microsoft.Extensions.Logging.Abstractions;
using BssConnectWiseConnector.Http;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using BssInvoice = Bss.IntegrationFramework.Invoice;

namespace BssConnectWiseConnector.Tests.Mapping;

[TestClass]
public sealed class DocumentMapperTests
{
    private static readonly AutoMapper.IMapper AutoMapper = MapperFactory.Create(null, NullLoggerFactory.Instance);
    private static readonly SalesOrderMapper Orders = new(AutoMapper);
    private static readonly InvoiceMapper Invoices = new(AutoMapper);
    private static readonly InvoicePaymentMapper Payments = new(AutoMapper);

    // Compared as the JSON on the wire: dates as ConnectWise reads them, decimals as sent.
    private static void AssertGolden(string golden, object payload)
    {
        var expected = WireJson(Golden.Read("Mapping", golden));
        var actual = WireJson(ConnectWiseJson.Serialize(payload));
        Assert.IsTrue(JToken.DeepEquals(expected, actual), $"Expected {expected}\nActual {actual}");
    }

    private static JObject WireJson(string text)
    {
        using var reader = new JsonTextReader(new StringReader(text)) { DateParseHandling = DateParseHandling.None, FloatParseHandling = FloatParseHandling.Decimal };
        return PayloadSnapshot.Of(JObject.Load(reader)).Json;
    }

    private static DocumentPayload<SalesOrder> MapOrder(Order order) => new(
        Orders.Map(order, new OrderMappingContext(41, 9, 2, 2, 2, SalesOrderMapper.MarkerOf(order))),
        order.Lines.Select((l, i) => Orders.MapLine(l, new LineMappingContext(11 + i, "Billable", i + 1))).ToArray());

    [TestMethod]
    public void Map_GoldenOrder_GivesTheGoldenSalesOrderAndLines()
    {
        var order = Golden.ReadBss<Order>("Mapping", "order-full.bss.json");

        AssertGolden("order-full.document.json", MapOrder(order));
    }

    [TestMethod]
    public void Map_GoldenInvoice_GivesTheGoldenInvoiceAndLines()
    {
        var invoice = Golden.ReadBss<BssInvoice>("Mapping", "invoice-full.bss.json");

        var payload = new DocumentPayload<BssConnectWiseConnector.Models.Invoice>(
            Invoices.Map(invoice, new InvoiceMappingContext(41, "Standard", 2, 1)),
            invoice.Lines.Select((l, i) => Invoices.MapLine(l, new LineMappingContext(11 + i, "DoNotBill", i + 1))).ToArray());

        AssertGolden("invoice-full.document.json", payload);
    }

    [TestMethod]
    public void Map_GoldenPayment_GivesTheGoldenInvoicePayment()
    {
        var payment = Golden.ReadBss<Payment>("Mapping", "payment-card.bss.json");

        AssertGolden("payment-card.payment.json", Payments.Map(payment, new PaymentMappingContext(301, "CreditCard")));
    }

    [TestMethod]
    public void MarkerOf_OrderWithoutNumber_FallsBackToTheBssId()
    {
        Assert.AreEqual("BSS order ORD-9", SalesOrderMapper.MarkerOf(new Order { Id = "ORD-9", Number = " " }));
    }

    [TestMethod]
    public void Map_OrderWithChangedLineQuantity_ChangesTheDocumentHash()
    {
        var order = Golden.ReadBss<Order>("Mapping", "order-full.bss.json");
        var changed = order with { Lines = [order.Lines[0] with { Quantity = 3 }, order.Lines[1]] };

        Assert.AreEqual(PayloadSnapshot.Of(MapOrder(order)).Hash, PayloadSnapshot.Of(MapOrder(order)).Hash);
        Assert.AreNotEqual(PayloadSnapshot.Of(MapOrder(order)).Hash, PayloadSnapshot.Of(MapOrder(changed)).Hash);
    }
}
