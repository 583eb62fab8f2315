using System.Globalization;
using Bss.IntegrationFramework;

namespace BssConnectWiseConnector.Settings;

/// <summary>Parses server variables into <see cref="ConnectWiseSettings"/>, reporting every problem at once.</summary>
public static class ConnectWiseSettingsParser
{
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

        ConnectWiseSite? site = null;
        if (!ConnectWiseUrlParser.TryParse(Get(variables, ServerVariableNames.ConnectWiseUrl), allowLoopbackHttp, out site, out var urlError))
        {
            found.Add(new SettingError(ServerVariableNames.ConnectWiseUrl, urlError!));
        }

        var companyId = RequiredText(variables, ServerVariableNames.CompanyId, found);
        if (companyId is not null && (companyId.Contains('+', StringComparison.Ordinal) || companyId.Contains(':', StringComparison.Ordinal) || companyId.Any(char.IsWhiteSpace)))
        {
            found.Add(new SettingError(ServerVariableNames.CompanyId, "must not contain '+', ':' or spaces; type the Company field of the Manage login screen."));
        }

        var publicKey = RequiredText(variables, ServerVariableNames.PublicKey, found);
        if (publicKey is not null && publicKey.Contains(':', StringComparison.Ordinal))
        {
            found.Add(new SettingError(ServerVariableNames.PublicKey, "must not contain ':'; copy the public key of the API member's key exactly."));
        }

        var privateKey = RequiredText(variables, ServerVariableNames.PrivateKey, found);
        var clientId = ParseClientId(Get(variables, ServerVariableNames.ClientId), found);
        var importStatus = ParseId(variables, ServerVariableNames.ImportAccountStatusId, required: true, found);
        var category = ParseId(variables, ServerVariableNames.ProductCategoryId, required: false, found);
        var subCategory = ParseId(variables, ServerVariableNames.ProductSubCategoryId, required: false, found);
        var unitOfMeasure = ParseId(variables, ServerVariableNames.ProductUnitOfMeasureId, required: false, found);
        var salesRep = ParseId(variables, ServerVariableNames.SalesRepresentativeId, required: false, found);
        var billable = ParseBillableOption(Get(variables, ServerVariableNames.ProductBillableOption), found);
        var driftPolicy = ParseDriftPolicy(Get(variables, ServerVariableNames.SubscriptionDriftPolicy), found);
        var creditCard = Get(variables, ServerVariableNames.CreditCardMethodId);
        var bankDeposit = Get(variables, ServerVariableNames.BankDepositMethodId);
        if (creditCard is not null && creditCard == bankDeposit)
        {
            found.Add(new SettingError(ServerVariableNames.BankDepositMethodId, $"is the same BSS method as {ServerVariableNames.CreditCardMethodId} ('{bankDeposit}'); a payment method is either a card or a bank deposit."));
        }

        var creditCardType = PaymentType(variables, ServerVariableNames.CreditCardPaymentType, found);
        var bankDepositType = PaymentType(variables, ServerVariableNames.BankDepositPaymentType, found);

        errors = found;
        if (found.Count > 0)
        {
            return null;
        }

        return new ConnectWiseSettings
        {
            Site = site!,
            CompanyId = companyId!,
            PublicKey = publicKey!,
            PrivateKey = privateKey!,
            ClientId = clientId!.Value,
            ImportAccountStatusId = importStatus!.Value,
            ProductCategoryId = category,
            ProductSubCategoryId = subCategory,
            ProductUnitOfMeasureId = unitOfMeasure,
            ProductBillableOption = billable,
            SalesRepresentativeId = salesRep,
            CreditCardMethodId = creditCard,
            BankDepositMethodId = bankDeposit,
            CreditCardPaymentType = creditCardType,
            BankDepositPaymentType = bankDepositType,
            SubscriptionDriftPolicy = driftPolicy,
        };
    }

    private static string? Get(IReadOnlyDictionary<string, string?> variables, string name)
    {
        if (variables.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value))
        {
            return value.Trim();
        }

        return ServerVariableCatalog.Find(name)?.DefaultValue;
    }

    private static string? RequiredText(IReadOnlyDictionary<string, string?> variables, string name, List<SettingError> errors)
    {
        var value = Get(variables, name);
        if (value is null)
        {
            errors.Add(new SettingError(name, $"is required: {ServerVariableCatalog.Find(name)!.Description}"));
        }

        return value;
    }

    private static string PaymentType(IReadOnlyDictionary<string, string?> variables, string name, List<SettingError> errors)
    {
        var value = Get(variables, name)!;
        if (value.Length > 50 || value.Any(char.IsControl))
        {
            errors.Add(new SettingError(name, $"'{value}' is not a ConnectWise payment type; type the value the site's own payments show in their type (the conformance command lists them), at most 50 characters."));
        }

        return value;
    }

    private static Guid? ParseClientId(string? value, List<SettingError> errors)
    {
        if (value is null)
        {
            errors.Add(new SettingError(ServerVariableNames.ClientId, "is required: ConnectWise rejects every call without the clientId registered on the Developer Network."));
            return null;
        }

        if (!Guid.TryParse(value, out var clientId) || clientId == Guid.Empty)
        {
            // The value itself is not echoed: a mistyped clientId is still a credential.
            errors.Add(new SettingError(ServerVariableNames.ClientId, "is not a GUID; copy the clientId (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx) from the ConnectWise Developer Network."));
            return null;
        }

        return clientId;
    }

    private static int? ParseId(IReadOnlyDictionary<string, string?> variables, string name, bool required, List<SettingError> errors)
    {
        var value = Get(variables, name);
        var definition = ServerVariableCatalog.Find(name)!;
        if (value is null)
        {
            if (required)
            {
                errors.Add(new SettingError(name, $"is required: {definition.Description}"));
            }

            return null;
        }

        if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var id) || id <= 0)
        {
            errors.Add(new SettingError(name, $"'{value}' is not a ConnectWise id; it must be a positive whole number ({definition.Description})"));
            return null;
        }

        return id;
    }

    private static BillableOption ParseBillableOption(string? value, List<SettingError> errors)
    {
        if (value is null)
        {
            return BillableOption.Billable;
        }

        if (Enum.TryParse<BillableOption>(value, ignoreCase: true, out var option) && Enum.IsDefined(option) && !int.TryParse(value, out _))
        {
            return option;
        }

        errors.Add(new SettingError(ServerVariableNames.ProductBillableOption, $"'{value}' is not a billable option; use Billable, DoNotBill or NoCharge."));
        return BillableOption.Billable;
    }

    private static SubscriptionDriftPolicy ParseDriftPolicy(string? value, List<SettingError> errors)
    {
        if (value is null)
        {
            return SubscriptionDriftPolicy.BssWins;
        }

        if (Enum.TryParse<SubscriptionDriftPolicy>(value, ignoreCase: true, out var policy) && Enum.IsDefined(policy) && !int.TryParse(value, out _))
        {
            return policy;
        }

        errors.Add(new SettingError(ServerVariableNames.SubscriptionDriftPolicy, $"'{value}' is not a drift policy; use BssWins or ReportOnly."));
        return SubscriptionDriftPolicy.BssWins;
    }
}
