using BssConnectWiseConnector.Settings;

namespace BssConnectWiseConnector.Mapping;

/// <summary>What a subscription's addition needs besides the subscription, worked out before mapping.</summary>
/// <param name="CatalogItemId">The linked product's catalog item.</param>
/// <param name="BillCustomer">The Product Billable Option server variable.</param>
/// <param name="CancelledOn">
/// The day the addition stops billing when the subscription is cancelled: its cancelled date, or for a cancellation
/// without one the day it was first seen cancelled (kept in the link so the payload does not change every day).
/// </param>
internal sealed record SubscriptionMappingContext(int CatalogItemId, BillableOption BillCustomer, DateOnly? CancelledOn);
