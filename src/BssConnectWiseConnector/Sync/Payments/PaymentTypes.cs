using BssConnectWiseConnector.Settings;

namespace BssConnectWiseConnector.Sync.Payments;

/// <summary>
/// Which ConnectWise payment type a BSS payment method stands for, decided by the Credit card method id and Bank
/// deposit method id server variables. ConnectWise's payment model names the field <c>type</c> (a string) without
/// listing its values, and neither the spec nor the research notes give them, so the two names below are the
/// connector's assumption, kept in this one place to change.
/// </summary>
internal static class PaymentTypes
{
    /// <summary>The type of a credit-card payment.</summary>
    public const string CreditCard = "CreditCard";

    /// <summary>The type of a bank deposit.</summary>
    public const string BankDeposit = "BankDeposit";

    /// <summary>Resolves a BSS payment method.</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="methodId">The BSS payment method id.</param>
    /// <returns>The ConnectWise type, or the Configuration problem naming the method.</returns>
    public static (string? Type, string? Problem) Resolve(ConnectWiseSettings settings, string? methodId)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var method = methodId?.Trim() ?? string.Empty;
        if (Same(settings.CreditCardMethodId, method))
        {
            return (CreditCard, null);
        }

        if (Same(settings.BankDepositMethodId, method))
        {
            return (BankDeposit, null);
        }

        return (null,
            $"The payment method '{method}' is neither the Credit card method id ({Shown(settings.CreditCardMethodId)}) nor the Bank deposit method id ({Shown(settings.BankDepositMethodId)}); "
            + "set the server variable that stands for it, or the payment cannot be given a ConnectWise payment type.");
    }

    private static bool Same(string? configured, string method) =>
        !string.IsNullOrWhiteSpace(configured) && method.Length > 0 && string.Equals(configured.Trim(), method, StringComparison.OrdinalIgnoreCase);

    private static string Shown(string? configured) => string.IsNullOrWhiteSpace(configured) ? "not set" : $"'{configured.Trim()}'";
}
