using BssConnectWiseConnector.Settings;

namespace BssConnectWiseConnector.Mapping;

/// <summary>What a subscription's addition needs besides the subscription, worked out before mapping.</summary>
/// <param name="CatalogItemId">The linked product's catalog item.</param>
/// <param name="BillCustomer">The billable option: the subscription's or product's, else the Product Billable Option server variable.</param>
/// <param name="CancelledOn">
/// The day the addition stops billing when the subscription is cancelled: its cancelled date, or for a cancellation
/// without one the day it was first seen cancelled (kept in the link so the payload does not change every day).
/// </param>
/// <param name="LessIncluded">The seats included in the base price, when the BSS sets them.</param>
/// <param name="Taxable">Whether the seats are taxable, when the BSS says.</param>
/// <param name="InvoiceDescription">The invoice description, when a template sets it (else the subscription's name).</param>
/// <param name="PriceFrom">Who sets the price and cost per seat: the BSS (every change), or ConnectWise (once the addition exists).</param>
internal sealed record SubscriptionMappingContext(
    int CatalogItemId, BillableOption BillCustomer, DateOnly? CancelledOn, decimal? LessIncluded = null, bool? Taxable = null, string? InvoiceDescription = null, Sync.Subscriptions.PriceSource PriceFrom = default);
