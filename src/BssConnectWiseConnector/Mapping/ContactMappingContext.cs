namespace BssConnectWiseConnector.Mapping;

/// <summary>The ConnectWise ids a contact's references resolve to, worked out before mapping.</summary>
/// <param name="CompanyId">The linked account's company.</param>
internal sealed record ContactMappingContext(int CompanyId);
