namespace BssConnectWiseConnector.Mapping;

/// <summary>The ConnectWise ids an account's references resolve to, worked out before mapping.</summary>
/// <param name="StatusId">The company status (the Import Account status server variable).</param>
/// <param name="TypeId">The company type from the account type lookup, if mapped.</param>
/// <param name="CurrencyId">The currency from the currency lookup, if mapped.</param>
/// <param name="ParentCompanyId">The linked parent account's company, if any.</param>
/// <param name="DefaultContactId">The linked primary contact, if any.</param>
internal sealed record AccountMappingContext(int StatusId, int? TypeId, int? CurrencyId, int? ParentCompanyId = null, int? DefaultContactId = null);
