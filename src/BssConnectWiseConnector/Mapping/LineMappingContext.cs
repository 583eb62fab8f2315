namespace BssConnectWiseConnector.Mapping;

/// <summary>The ConnectWise values a document line's references resolve to, worked out before mapping.</summary>
/// <param name="CatalogItemId">The linked product's catalog item.</param>
/// <param name="BillableOption">The billable option (the Product Billable Option server variable).</param>
/// <param name="SequenceNumber">The line's position, from 1.</param>
internal sealed record LineMappingContext(int CatalogItemId, string BillableOption, int SequenceNumber);
