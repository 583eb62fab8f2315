namespace BssConnectWiseConnector.Sync.Subscriptions;

/// <summary>A field of an addition changed in ConnectWise since the connector last pushed it.</summary>
/// <param name="Field">The addition's field: quantity, unitPrice or unitCost.</param>
/// <param name="InConnectWise">What ConnectWise holds now.</param>
/// <param name="LastPushed">What the connector last pushed.</param>
/// <param name="InBss">What the BSS holds now.</param>
internal sealed record DriftedField(string Field, decimal? InConnectWise, decimal? LastPushed, decimal? InBss);
