namespace ConnectWise.Simulator;

/// <summary>Keys of the sample records a simulator seeds, so tests and commands can find them.</summary>
public static class SeededSamples
{
    /// <summary>
    /// The <c>reference</c> of the invoice that, in the strict profile, already holds a payment entered by hand in
    /// ConnectWise (of the first of <see cref="SimulatorOptions.PaymentTypes"/>): what a site's own payments look like.
    /// </summary>
    public const string HandEnteredPaymentInvoiceReference = "SIM-HAND-PAYMENT";

    /// <summary>The identifier of that invoice's company.</summary>
    public const string HandEnteredPaymentCompanyIdentifier = "SIM-HAND-PAYMENT-CO";
}
