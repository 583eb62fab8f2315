using Bss.IntegrationFramework;
using BssConnectWiseConnector.Models;
using BssConnectWiseConnector.Sync.Pipeline;

namespace BssConnectWiseConnector.Sync.Payments;

/// <summary>A payment to apply to its invoice: not linked yet, mapped and checked.</summary>
/// <param name="Index">Its place in the batch.</param>
/// <param name="Item">The payment and its operation.</param>
/// <param name="InvoiceId">The ConnectWise invoice it is applied to.</param>
/// <param name="Payload">What is sent.</param>
/// <param name="Snapshot">The canonical JSON of what is sent, kept on the link.</param>
internal sealed record PaymentPlan(int Index, PushItem<Payment> Item, int InvoiceId, InvoicePayment Payload, PayloadSnapshot Snapshot)
    : PushPlan<Payment>(Index, Item, null);
