using System.Collections.Concurrent;
using System.Globalization;
using BssConnectWiseConnector.Clients;
using BssConnectWiseConnector.Models;

namespace BssConnectWiseConnector.Sync.Subscriptions;

/// <summary>
/// Reads the invoicing state of a batch's agreements at once. A recap names no agreement, so it is taken only when
/// its name and company name are the agreement's: first one <c>finance/agreementrecap</c> read with <c>id in (…)</c>
/// over the batch's agreements (short, so hundreds fit under the URL limit; it finds them where a recap is numbered
/// as its agreement), then, for the agreements still unmatched, <c>name in (…)</c> chunked under the URL limit.
/// Agreements the batch knows only by id (linked additions) are read first with <c>id in (…)</c>, for their proration
/// flag and billing cycle. Each agreement is read once per session.
/// </summary>
/// <param name="client">The agreements and their recaps.</param>
internal sealed class InvoicingStateReader(IAgreementResources client)
{
    private readonly ConcurrentDictionary<int, InvoicingState> _known = new();

    /// <summary>Gets an agreement's invoicing state, when this session read it.</summary>
    /// <param name="agreementId">The agreement.</param>
    /// <returns>The state, or <see langword="null"/> (never read, or created by this run: never invoiced).</returns>
    public InvoicingState? For(int agreementId) => _known.TryGetValue(agreementId, out var state) ? state : null;

    /// <summary>Reads the invoicing state of agreements known only by id.</summary>
    /// <param name="agreementIds">The agreements.</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    /// <returns>A task that completes when their states are known.</returns>
    public async Task ReadAsync(IReadOnlyCollection<int> agreementIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(agreementIds);
        var unknown = agreementIds.Where(id => !_known.ContainsKey(id)).Distinct().Order().Cast<object>().ToArray();
        if (unknown.Length > 0)
        {
            await ReadAsync(await client.Agreements.FindInAsync("id", unknown, cancellationToken: cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Reads the invoicing state of agreements already read (by the agreement lookup).</summary>
    /// <param name="agreements">The agreements.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>A task that completes when their states are known.</returns>
    public async Task ReadAsync(IReadOnlyCollection<Agreement> agreements, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(agreements);
        var unknown = agreements.Where(a => a.Id is { } id && !_known.ContainsKey(id) && !string.IsNullOrEmpty(a.Name)).ToArray();
        if (unknown.Length == 0)
        {
            return;
        }

        var recaps = (await client.AgreementRecaps.FindInAsync("id", unknown.Select(a => (object)a.Id!.Value).ToArray(), cancellationToken: cancellationToken).ConfigureAwait(false)).ToList();
        var unmatched = unknown.Where(a => !recaps.Exists(r => Matches(r, a))).Select(a => (object)a.Name!).Distinct().ToArray();
        if (unmatched.Length > 0)
        {
            recaps.AddRange(await client.AgreementRecaps.FindInAsync("name", unmatched, cancellationToken: cancellationToken).ConfigureAwait(false));
        }

        foreach (var agreement in unknown)
        {
            // Two recaps of one name and company (two agreements named alike): the later last invoice is the safe one.
            var matching = recaps.Where(r => Matches(r, agreement)).Distinct().ToArray();
            var last = matching.Select(r => Day(r.LastInvoiceDate)).Max();
            var next = matching.Where(r => Day(r.LastInvoiceDate) == last).Select(r => Day(r.NextInvoiceDate)).Max() ?? Day(agreement.NextInvoiceDate);
            _known[agreement.Id!.Value] = new InvoicingState(
                agreement.Id.Value, last, next, agreement.ProrateFlag ?? false, BillingPeriods.Months(agreement.BillingCycle?.Name) ?? 1);
        }
    }

    private static bool Matches(AgreementRecap recap, Agreement agreement) => Same(recap.Name, agreement.Name) && Same(recap.CompanyName, agreement.Company?.Name);

    private static bool Same(string? a, string? b) => string.Equals(a?.Trim(), b?.Trim(), StringComparison.OrdinalIgnoreCase);

    // The spec types the dates as strings: an ISO date-time, or a date as the screens write it (M/d/yyyy).
    private static DateOnly? Day(string? text) =>
        !string.IsNullOrWhiteSpace(text) && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var at)
            ? DateOnly.FromDateTime(at.UtcDateTime)
            : null;
}
