namespace BssConnectWiseConnector.Sync.Invoices;

/// <summary>What a BSS invoice type resolves to.</summary>
/// <param name="Type">The ConnectWise type, or <see langword="null"/> when it cannot be sent.</param>
/// <param name="IsDefault">Whether the BSS named no type, so the type is the connector's default.</param>
/// <param name="Problem">Why it cannot be sent, with the fix (a Configuration problem).</param>
internal sealed record InvoiceTypeResolution(string? Type, bool IsDefault, string? Problem);
