using System.Globalization;

namespace BssConnectWiseConnector.Sync.Subscriptions;

/// <summary>Which agreement a subscription's seats belong on: the customer's company and the agreement type of its billing cycle.</summary>
/// <param name="CompanyId">The ConnectWise company.</param>
/// <param name="TypeId">The ConnectWise agreement type.</param>
internal readonly record struct AgreementKey(int CompanyId, int TypeId)
{
    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"company #{CompanyId}, agreement type #{TypeId}");
}
