namespace BssConnectWiseConnector.Sync.Payments;

/// <summary>
/// How a reason names the server variables that hold the payment types sent (their label and stored name, such as
/// "'Credit card payment type' (CreditCardPaymentType)"), given as plain values so the push never reads the settings'
/// catalog and parsers.
/// </summary>
/// <param name="CreditCard">The Credit card payment type server variable.</param>
/// <param name="BankDeposit">The Bank deposit payment type server variable.</param>
internal sealed record PaymentTypeSettings(string CreditCard, string BankDeposit);
