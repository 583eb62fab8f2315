namespace BssConnectWiseConnector.Mapping;

/// <summary>The ConnectWise values a payment resolves to, worked out before mapping.</summary>
/// <param name="InvoiceId">The linked invoice.</param>
/// <param name="Type">The ConnectWise payment type the payment method stands for.</param>
internal sealed record PaymentMappingContext(int InvoiceId, string Type);
