using BssConnectWiseConnector.Settings;

namespace BssConnectWiseConnector.Sync.Payments;

/// <summary>
/// Which ConnectWise payment type a BSS payment method stands for, decided by the Credit card method id and Bank
/// deposit method id server variables; the values sent are the Credit card payment type and Bank deposit payment type
/// server variables. ConnectWise's payment model names the field <c>type</c> (a string) without listing its values,
/// and no source we found gives them (docs/connectwise-api.md, Payments), so the defaults are the connector's old
/// assumption and the conformance command reads what a site's own payments use.
/// </summary>
internal static class PaymentTypes
{
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
            return (settings.CreditCardPaymentType, null);
        }

        if (Same(settings.BankDepositMethodId, method))
        {
            return (settings.BankDepositPaymentType, null);
        }

        return (null,
            $"The payment method '{method}' is neither the Credit card method id ({Shown(settings.CreditCardMethodId)}) nor the Bank deposit method id ({Shown(settings.BankDepositMethodId)}); "
            + "set the server variable that stands for it, or the payment cannot be given a ConnectWise payment type.");
    }

    /// <summary>Names the server variable that holds a payment type the connector sent, for a reason that says what to change.</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="type">The type sent.</param>
    /// <param name="names">How reasons name the payment type server variables.</param>
    /// <returns>The server variable's display and stored name.</returns>
    public static string SettingOf(ConnectWiseSettings settings, string? type, PaymentTypeSettings names)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(names);
        return string.Equals(type, settings.BankDepositPaymentType, StringComparison.Ordinal) && !string.Equals(type, settings.CreditCardPaymentType, StringComparison.Ordinal)
            ? names.BankDeposit
            : names.CreditCard;
    }

    private static bool Same(string? configured, string method) =>
        !string.IsNullOrWhiteSpace(configured) && method.Length > 0 && string.Equals(configured.Trim(), method, StringComparison.OrdinalIgnoreCase);

    private static string Shown(string? configured) => string.IsNullOrWhiteSpace(configured) ? "not set" : $"'{configured.Trim()}'";
}
