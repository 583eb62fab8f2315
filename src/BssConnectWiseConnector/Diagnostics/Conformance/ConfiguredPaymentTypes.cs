using BssConnectWiseConnector.Settings;
using BssConnectWiseConnector.Sync.Payments;

namespace BssConnectWiseConnector.Diagnostics.Conformance;

/// <summary>The payment <c>type</c> values the instance sends, each with the setting that decides it.</summary>
internal static class ConfiguredPaymentTypes
{
    /// <summary>Lists them.</summary>
    /// <param name="settings">The instance's settings.</param>
    /// <returns>One entry per kind of BSS payment.</returns>
    public static IReadOnlyList<ConfiguredPaymentType> From(ConnectWiseSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return
        [
            new("the credit-card payment type", "credit-card payments", PaymentTypes.CreditCard),
            new("the bank-deposit payment type", "bank-deposit payments", PaymentTypes.BankDeposit),
        ];
    }
}
