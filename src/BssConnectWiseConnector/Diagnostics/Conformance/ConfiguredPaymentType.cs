namespace BssConnectWiseConnector.Diagnostics.Conformance;

/// <summary>A payment <c>type</c> value the connector will send, and the setting that holds it.</summary>
/// <param name="Setting">The server variable that holds the value.</param>
/// <param name="Kind">Which BSS payments get it, e.g. "credit-card payments".</param>
/// <param name="Value">The value sent as the payment's <c>type</c>.</param>
internal sealed record ConfiguredPaymentType(string Setting, string Kind, string Value);
