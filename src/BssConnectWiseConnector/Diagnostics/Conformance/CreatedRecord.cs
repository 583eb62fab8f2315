namespace BssConnectWiseConnector.Diagnostics.Conformance;

/// <summary>A test record a conformance run created, to delete when it ends.</summary>
/// <param name="Route">The record's route, id included (<c>company/companies/12</c>).</param>
/// <param name="Description">What it is, for the leftovers list.</param>
internal sealed record CreatedRecord(string Route, string Description);
