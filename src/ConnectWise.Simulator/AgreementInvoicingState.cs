namespace ConnectWise.Simulator;

/// <summary>Where an agreement's invoicing stands: what ConnectWise's agreement invoicing has done and will do next.</summary>
/// <param name="LastInvoiceDate">The date of the agreement's last invoice; <see langword="null"/> when it was never invoiced.</param>
/// <param name="NextInvoiceDate">The date of its next invoice, if known.</param>
public sealed record AgreementInvoicingState(DateOnly? LastInvoiceDate, DateOnly? NextInvoiceDate);
