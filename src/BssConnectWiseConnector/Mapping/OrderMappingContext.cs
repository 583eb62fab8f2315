namespace BssConnectWiseConnector.Mapping;

/// <summary>The ConnectWise ids an order's references resolve to, worked out before mapping.</summary>
/// <param name="CompanyId">The linked account's company.</param>
/// <param name="ContactId">The linked contact, if any.</param>
/// <param name="StatusId">The order status from the order stage lookup.</param>
/// <param name="SalesRepId">The sales representative (the Sales Representative server variable).</param>
/// <param name="CurrencyId">The currency from the currency lookup, if mapped.</param>
/// <param name="Marker">The text that finds the order again in ConnectWise (see <see cref="SalesOrderMapper.MarkerOf"/>).</param>
internal sealed record OrderMappingContext(int CompanyId, int? ContactId, int StatusId, int SalesRepId, int? CurrencyId, string Marker);
