using BssConnectWiseConnector.Settings;

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
            new(Named(ServerVariableCatalog.CreditCardPaymentType.Name), "credit-card payments", settings.CreditCardPaymentType),
            new(Named(ServerVariableCatalog.BankDepositPaymentType.Name), "bank-deposit payments", settings.BankDepositPaymentType),
        ];
    }

    private static string Named(string name) => $"'{ServerVariableCatalog.Find(name)!.DisplayName}' ({name})";
}
