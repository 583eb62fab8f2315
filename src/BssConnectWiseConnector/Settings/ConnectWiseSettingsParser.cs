using Bss.IntegrationFramework;

namespace BssConnectWiseConnector.Settings;

/// <summary>
/// Parses server variables into <see cref="ConnectWiseSettings"/> with the parsers declared in
/// <see cref="ServerVariableCatalog"/>, reporting every problem at once.
/// </summary>
public static class ConnectWiseSettingsParser
{
    // The starting point each variable fills in; a required value left unset is reported, so it never escapes.
    private static readonly ConnectWiseSettings Unset = new()
    {
        Site = null!,
        CompanyId = null!,
        PublicKey = null!,
        PrivateKey = null!,
        ClientId = Guid.Empty,
        ImportAccountStatusId = 0,
    };

    /// <summary>Validates server variables without building settings.</summary>
    /// <param name="variables">The server variables by name.</param>
    /// <param name="allowLoopbackHttp">Whether plain http to a loopback address is allowed.</param>
    /// <returns>Every problem; empty when the settings can be used.</returns>
    public static IReadOnlyList<SettingError> Validate(IReadOnlyDictionary<string, string?> variables, bool allowLoopbackHttp = true)
    {
        Parse(variables, allowLoopbackHttp, out var errors);
        return errors;
    }

    /// <summary>Parses server variables.</summary>
    /// <param name="variables">The server variables by name.</param>
    /// <param name="allowLoopbackHttp">Whether plain http to a loopback address is allowed.</param>
    /// <param name="errors">Every problem found, each naming the variable.</param>
    /// <returns>The settings, or <see langword="null"/> when any problem was found.</returns>
    public static ConnectWiseSettings? Parse(IReadOnlyDictionary<string, string?> variables, bool allowLoopbackHttp, out IReadOnlyList<SettingError> errors)
    {
        ArgumentNullException.ThrowIfNull(variables);
        var found = new List<SettingError>();
        var settings = Unset;
        foreach (var variable in ServerVariableCatalog.All)
        {
            settings = variable.Apply(settings, Text(variables, variable), allowLoopbackHttp, found);
        }

        CheckPaymentMethodsDiffer(settings, found);
        errors = found;
        return found.Count > 0 ? null : settings;
    }

    private static string? Text(IReadOnlyDictionary<string, string?> variables, ServerVariable variable)
    {
        if (variables.TryGetValue(variable.Name, out var value) && !string.IsNullOrWhiteSpace(value))
        {
            return value.Trim();
        }

        return variable.DefaultValue;
    }

    // The one rule across variables: a BSS payment method cannot be both kinds.
    private static void CheckPaymentMethodsDiffer(ConnectWiseSettings settings, List<SettingError> errors)
    {
        if (settings.CreditCardMethodId is { } creditCard && creditCard == settings.BankDepositMethodId)
        {
            errors.Add(new SettingError(
                ServerVariableCatalog.BankDepositMethodId.Name,
                $"is the same BSS method as {ServerVariableCatalog.CreditCardMethodId.Name} ('{creditCard}'); a payment method is either a card or a bank deposit."));
        }
    }
}
