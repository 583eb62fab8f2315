using System.Globalization;
using BssConnectWiseConnector.Http;
using BssConnectWiseConnector.Mapping;

namespace BssConnectWiseConnector.Sync.Subscriptions;

/// <summary>
/// Puts the dates of <see cref="BillingDates"/> on the writes of additions, over the invoicing state the batch read
/// (<see cref="InvoicingStateReader"/>): a cancellation from its cancelled date, a seat change from the day of the
/// change, a new addition from its start.
/// </summary>
/// <param name="states">The invoicing state read per batch.</param>
internal sealed class AdditionDating(InvoicingStateReader states)
{

    /// <summary>Dates a change on an agreement.</summary>
    /// <param name="agreementId">The agreement.</param>
    /// <param name="wanted">The date of the change in the BSS.</param>
    /// <returns>The dated change.</returns>
    public DatedChange Date(int agreementId, DateOnly wanted) => BillingDates.Date(wanted, states.For(agreementId));

    /// <summary>
    /// Dates the operations of a PATCH in place: a cancelled date set is dated; else a seat change carries the
    /// effective date of the day of the change; else an effective date set is dated.
    /// </summary>
    /// <param name="operations">The operations.</param>
    /// <param name="agreementId">The agreement.</param>
    /// <param name="changedOn">The day of the change.</param>
    /// <returns>The dated change, or <see langword="null"/> when the PATCH changes no date or seats.</returns>
    public DatedChange? Apply(List<PatchOperation> operations, int agreementId, DateOnly changedOn)
    {
        ArgumentNullException.ThrowIfNull(operations);
        var cancelled = operations.FindIndex(o => o.Path == "cancelledDate" && o.Op != "remove" && o.Value is not null);
        if (cancelled >= 0)
        {
            return Replace(operations, cancelled, agreementId, Day(operations[cancelled].Value) ?? changedOn);
        }

        var effective = operations.FindIndex(o => o.Path == "effectiveDate" && o.Value is not null);
        if (operations.Exists(o => o.Path == "quantity"))
        {
            var dated = Date(agreementId, changedOn);
            var operation = PatchOperation.Replace("effectiveDate", AdditionMapper.ToConnectWise(dated.Date));
            if (effective >= 0)
            {
                operations[effective] = operation;
            }
            else
            {
                operations.Add(operation);
            }

            return dated;
        }

        return effective >= 0 ? Replace(operations, effective, agreementId, Day(operations[effective].Value) ?? changedOn) : null;
    }

    private DatedChange Replace(List<PatchOperation> operations, int index, int agreementId, DateOnly wanted)
    {
        var dated = Date(agreementId, wanted);
        operations[index] = operations[index] with { Value = AdditionMapper.ToConnectWise(dated.Date) };
        return dated;
    }

    private static DateOnly? Day(object? value) => value switch
    {
        DateTimeOffset at => DateOnly.FromDateTime(at.UtcDateTime),
        DateTime at => DateOnly.FromDateTime(at),
        Newtonsoft.Json.Linq.JValue { Value: { } inner } => Day(inner),
        string text when DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var at) => DateOnly.FromDateTime(at.UtcDateTime),
        _ => null,
    };
}
