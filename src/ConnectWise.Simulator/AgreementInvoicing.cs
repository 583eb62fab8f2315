using System.Collections.Concurrent;
using System.Globalization;

namespace ConnectWise.Simulator;

/// <summary>
/// The invoicing state of each agreement, which tests and seeds set (the simulator runs no agreement invoicing):
/// <c>finance/agreementrecap</c> is computed from it, the agreement's <c>nextInvoiceDate</c> follows it, and an
/// addition dated on or before the last invoice date is refused.
/// </summary>
public sealed class AgreementInvoicing
{
    private readonly ConcurrentDictionary<int, AgreementInvoicingState> _states = new();
    private readonly SimulatorStore _store;

    internal AgreementInvoicing(SimulatorStore store)
    {
        _store = store;
    }

    /// <summary>Sets an agreement's invoicing state, as if ConnectWise had invoiced it on <paramref name="lastInvoiceDate"/>.</summary>
    /// <param name="agreementId">The agreement.</param>
    /// <param name="lastInvoiceDate">Its last invoice date, or <see langword="null"/> for never invoiced.</param>
    /// <param name="nextInvoiceDate">Its next invoice date, if known.</param>
    /// <returns>False when there is no such agreement.</returns>
    public bool Set(int agreementId, DateOnly? lastInvoiceDate, DateOnly? nextInvoiceDate)
    {
        _states[agreementId] = new AgreementInvoicingState(lastInvoiceDate, nextInvoiceDate);
        return _store.Update("finance/agreements", agreementId, agreement => agreement["nextInvoiceDate"] = nextInvoiceDate is { } next ? next.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z" : null);
    }

    /// <summary>Gets an agreement's invoicing state; never invoiced when none was set.</summary>
    /// <param name="agreementId">The agreement.</param>
    /// <returns>The state.</returns>
    public AgreementInvoicingState Of(int agreementId) =>
        _states.TryGetValue(agreementId, out var state) ? state : new AgreementInvoicingState(null, null);
}
