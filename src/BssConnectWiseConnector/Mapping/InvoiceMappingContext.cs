namespace BssConnectWiseConnector.Mapping;

/// <summary>The ConnectWise values an invoice's references resolve to, worked out before mapping.</summary>
/// <param name="CompanyId">The linked account's company.</param>
/// <param name="Type">The invoice type from the invoice type lookup (Standard by default).</param>
/// <param name="StatusId">The billing status from the invoice stage lookup, if any.</param>
/// <param name="CurrencyId">The currency from the currency lookup, if mapped.</param>
internal sealed record InvoiceMappingContext(int CompanyId, string Type, int? StatusId, int? CurrencyId);
