namespace BssConnectWiseConnector.Sync.Subscriptions;

/// <summary>
/// Where an agreement's invoicing stands, read once per batch: its last and next invoice dates (from
/// <c>finance/agreementrecap</c>), whether it prorates and its billing cycle (from the agreement).
/// </summary>
/// <param name="AgreementId">The agreement.</param>
/// <param name="LastInvoiceDate">The last invoice date; <see langword="null"/> when never invoiced (or no recap matched).</param>
/// <param name="NextInvoiceDate">The next invoice date, if ConnectWise gives one.</param>
/// <param name="Prorate">The agreement's <c>prorateFlag</c>: a mid-period change is prorated by ConnectWise.</param>
/// <param name="CycleMonths">The months of its billing cycle (1 when the cycle's name does not say).</param>
internal sealed record InvoicingState(int AgreementId, DateOnly? LastInvoiceDate, DateOnly? NextInvoiceDate, bool Prorate, int CycleMonths);
