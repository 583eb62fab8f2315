using System.Globalization;
using Bss.IntegrationFramework;
using BssConnectWiseConnector.Clients;
using BssConnectWiseConnector.Http;
using BssConnectWiseConnector.Http.Errors;
using BssConnectWiseConnector.Mapping;
using BssConnectWiseConnector.Models;
using BssConnectWiseConnector.Sync.Dependencies;
using Microsoft.Extensions.Logging;
using BssInvoice = Bss.IntegrationFramework.Invoice;

namespace BssConnectWiseConnector.Sync.Payments;

/// <summary>
/// Pushes BSS payments as payments of the linked ConnectWise invoice (the invoice is pushed first when it is not
/// linked). A payment is never applied twice: before creating, the invoice's payments are read and one with the same
/// amount and date that no other BSS payment is linked to is adopted, which makes a crash between the POST and the
/// link safe. ConnectWise keeps no reference on a payment, so amount and date are the whole key. Payments are not
/// edited: a linked payment that changed in the BSS is reported as a conflict, not applied again. This flow is its own
/// because <see cref="LinkedPushModule{TRecord, TRemote}"/> patches changed records and wants one unique key per record,
/// while two payments of the same amount on the same day are legitimate.
/// </summary>
internal sealed class PaymentsPushModule : IPushModule<Payment>
{
    private readonly Func<int, IResourceClient<InvoicePayment>> _payments;
    private readonly InvoicePaymentMapper _mapper;
    private readonly SyncModuleContext _context;
    private readonly Func<IPushModule<BssInvoice>?> _invoices;
    private readonly ILogger _logger;

    /// <summary>Initializes a new instance of the <see cref="PaymentsPushModule"/> class.</summary>
    /// <param name="payments">Gets the payments client of an invoice.</param>
    /// <param name="mapper">The payment mapper.</param>
    /// <param name="context">The session's shared context.</param>
    /// <param name="invoices">Gets the Invoices push handler, to push a missing invoice first.</param>
    public PaymentsPushModule(Func<int, IResourceClient<InvoicePayment>> payments, InvoicePaymentMapper mapper, SyncModuleContext context, Func<IPushModule<BssInvoice>?> invoices)
    {
        _payments = payments;
        _mapper = mapper;
        _context = context ?? throw new ArgumentNullException(nameof(context));
        _invoices = invoices;
        _logger = context.LoggerFactory.CreateLogger<PaymentsPushModule>();
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<PushResult>> PushAsync(IReadOnlyList<PushItem<Payment>> items, PushOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(options);
        var results = new PushResult[items.Count];
        var live = items.Where(i => i.Operation != SyncOperation.Delete && !string.IsNullOrWhiteSpace(i.Record.Id)).ToArray();
        var links = await _context.Links.GetManyAsync(BssModules.Payments, live.Select(i => i.Record.Id).Distinct(StringComparer.Ordinal).ToArray(), cancellationToken).ConfigureAwait(false);
        var invoices = await DependencyResolver.ResolveAsync(
            _context, BssModules.Invoices, "invoice", live.Select(i => i.Record.InvoiceId).ToArray(), _invoices, options, cancellationToken).ConfigureAwait(false);

        var plans = new List<Plan>();
        for (var index = 0; index < items.Count; index++)
        {
            var plan = Prepare(index, items[index], links, invoices, results);
            if (plan is not null)
            {
                plans.Add(plan);
            }
        }

        var done = 0;
        await Parallel.ForEachAsync(
            plans.GroupBy(p => p.InvoiceId).ToArray(),
            new ParallelOptions { MaxDegreeOfParallelism = _context.MaxConcurrency, CancellationToken = cancellationToken },
            async (group, token) =>
            {
                // One invoice's payments go one after the other, so two equal payments never adopt the same one.
                await PushInvoiceAsync(group.Key, group.ToArray(), options, results, token).ConfigureAwait(false);
                _context.Progress?.Report(new SyncProgress(BssModules.Payments, Interlocked.Add(ref done, group.Count()), plans.Count));
            }).ConfigureAwait(false);
        return results;
    }

    private static PushResult Result(PushItem<Payment> item, PushOutcome outcome, string? remoteId, string? reason = null) => new()
    {
        Module = BssModules.Payments,
        BssId = item.Record.Id,
        Operation = item.Operation,
        Outcome = outcome,
        RemoteId = remoteId,
        Reason = reason,
    };

    private static PushResult Failed(PushItem<Payment> item, FailureKind kind, string reason, string? remoteId = null) =>
        PushResult.Failed(BssModules.Payments, item.Record.Id, item.Operation, kind, reason, remoteId);

    private static bool SamePayment(InvoicePayment remote, InvoicePayment desired) =>
        remote.Amount == desired.Amount && remote.PaymentDate?.UtcDateTime.Date == desired.PaymentDate?.UtcDateTime.Date;

    private static string Describe(InvoicePayment payment) => string.Create(
        CultureInfo.InvariantCulture, $"{payment.Amount} on {payment.PaymentDate:yyyy-MM-dd}");

    private Plan? Prepare(int index, PushItem<Payment> item, IReadOnlyDictionary<string, IntegrationLink> links, IReadOnlyDictionary<string, ResolvedDependency> invoices, PushResult[] results)
    {
        var payment = item.Record;
        if (string.IsNullOrWhiteSpace(payment.Id))
        {
            results[index] = Failed(item, FailureKind.Data, "The record has no BSS id.");
            return null;
        }

        links.TryGetValue(payment.Id, out var link);
        if (item.Operation == SyncOperation.Delete)
        {
            results[index] = Result(item, PushOutcome.Skipped, link?.RemoteId, "Payments are not deleted by the connector; reverse the payment in ConnectWise if it must go.");
            return null;
        }

        var invoice = invoices.TryGetValue(payment.InvoiceId ?? string.Empty, out var found)
            ? found
            : ResolvedDependency.Missing(FailureKind.Data, "The payment names no invoice; fill its invoice id in the BSS.");
        if (invoice.RemoteId is not { } invoiceId)
        {
            results[index] = Failed(item, invoice.FailureKind ?? FailureKind.Data, invoice.Reason ?? "The payment's invoice is not linked.", link?.RemoteId);
            return null;
        }

        var data = new FieldRules("payment").Add(payment.Amount <= 0 ? "amount must be more than 0; fix the payment's amount in the BSS." : null)
            .Add(payment.Date is null ? "paymentDate is required, but the payment's date is empty; fill it in the BSS." : null)
            .Add(string.IsNullOrWhiteSpace(payment.PaymentMethodId) ? "The payment has no payment method; fill its paymentMethodId in the BSS." : null).Problems;
        var (type, problem) = data.Count == 0 ? PaymentTypes.Resolve(_context.Settings, payment.PaymentMethodId) : (null, null);
        if (MappedRecord<InvoicePayment>.FromProblems(data, problem is null ? [] : [problem]) is { } failed)
        {
            results[index] = Failed(item, failed.FailureKind!.Value, failed.Reason!, link?.RemoteId);
            return null;
        }

        var desired = _mapper.Map(payment, new PaymentMappingContext(invoiceId, type!));
        var snapshot = PayloadSnapshot.Of(desired);
        if (link is not null)
        {
            results[index] = link.PayloadHash == snapshot.Hash
                ? Result(item, PushOutcome.Unchanged, link.RemoteId)
                : Failed(item, FailureKind.Conflict,
                    $"The payment changed in the BSS after it was applied as ConnectWise payment #{link.RemoteId}; payments are never edited or applied twice by the connector. Correct the payment in ConnectWise by hand (or reverse it and unlink it to let the connector apply it again).",
                    link.RemoteId);
            return null;
        }

        return new Plan(index, item, invoiceId, desired, snapshot);
    }

    private async Task PushInvoiceAsync(int invoiceId, Plan[] plans, PushOptions options, PushResult[] results, CancellationToken cancellationToken)
    {
        var client = _payments(invoiceId);
        List<InvoicePayment>? existing = null;
        var claimed = new HashSet<int>();
        foreach (var plan in plans)
        {
            try
            {
                existing ??= await ReadAsync(client, cancellationToken).ConfigureAwait(false);
                results[plan.Index] = await AdoptAsync(plan, existing, claimed, options, cancellationToken).ConfigureAwait(false)
                    ?? await CreateAsync(plan, client, claimed, options, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                var (kind, reason) = PushFailureClassifier.Classify(e);
                _logger.LogWarning("Payments record {BssId} failed ({Kind}): {Reason}", plan.Item.Record.Id, kind, reason);
                results[plan.Index] = Failed(plan.Item, kind, reason);
            }
        }
    }

    private async Task<PushResult?> AdoptAsync(Plan plan, IReadOnlyList<InvoicePayment> existing, HashSet<int> claimed, PushOptions options, CancellationToken cancellationToken)
    {
        foreach (var remote in existing.Where(r => r.Id is { } id && !claimed.Contains(id) && SamePayment(r, plan.Payload)))
        {
            var remoteId = remote.Id!.Value.ToString(CultureInfo.InvariantCulture);
            var owner = await _context.Links.FindByRemoteIdAsync(BssModules.Payments, remoteId, cancellationToken).ConfigureAwait(false);
            if (owner is not null && owner.BssId != plan.Item.Record.Id)
            {
                // Another BSS payment of the same amount and day: not this one.
                continue;
            }

            claimed.Add(remote.Id.Value);
            if (!options.DryRun)
            {
                await SaveLinkAsync(plan, remoteId, cancellationToken).ConfigureAwait(false);
            }

            return Result(plan.Item, PushOutcome.Unchanged, remoteId,
                $"Adopted ConnectWise payment #{remoteId} ({Describe(remote)}) that invoice #{plan.InvoiceId} already had, instead of applying the payment twice.");
        }

        return null;
    }

    private async Task<PushResult> CreateAsync(Plan plan, IResourceClient<InvoicePayment> client, HashSet<int> claimed, PushOptions options, CancellationToken cancellationToken)
    {
        if (options.DryRun)
        {
            return Result(plan.Item, PushOutcome.Created, null) with { Changes = [new FieldChange("payment", null, $"{plan.Payload.Type} {Describe(plan.Payload)}")] };
        }

        InvoicePayment created;
        try
        {
            created = await client.CreateAsync(plan.Payload, cancellationToken).ConfigureAwait(false);
        }
        catch (ConnectWiseApiException e) when (e.IsObjectExists || e.Code == "Redirect")
        {
            // The POST may have been applied although its answer was lost: look again before giving up.
            var again = await ReadAsync(client, cancellationToken).ConfigureAwait(false);
            if (await AdoptAsync(plan, again, claimed, options, cancellationToken).ConfigureAwait(false) is { } adopted)
            {
                return adopted;
            }

            throw;
        }
        catch (ConnectWiseValidationException e) when (e.Errors.Any(d => string.Equals(d.Field, "type", StringComparison.OrdinalIgnoreCase)))
        {
            // The type values are a setting because no source lists ConnectWise's: say which one to change, and to what.
            var said = e.Errors.First(d => string.Equals(d.Field, "type", StringComparison.OrdinalIgnoreCase)).Message ?? e.Message;
            return Failed(plan.Item, FailureKind.Configuration,
                $"ConnectWise refused the payment type '{plan.Payload.Type}' ({said}); nothing was applied. Set the server variable {PaymentTypes.SettingOf(_context.Settings, plan.Payload.Type)} "
                + "to a type this site accepts: the type of a payment entered by hand in ConnectWise (the conformance command lists them).");
        }

        var id = created.Id ?? throw new ConnectWiseApiException("ConnectWise applied the payment but answered without its id.");
        claimed.Add(id);
        var remoteId = id.ToString(CultureInfo.InvariantCulture);
        await SaveLinkAsync(plan, remoteId, cancellationToken).ConfigureAwait(false);
        return Result(plan.Item, PushOutcome.Created, remoteId);
    }

    private static async Task<List<InvoicePayment>> ReadAsync(IResourceClient<InvoicePayment> client, CancellationToken cancellationToken)
    {
        var all = new List<InvoicePayment>();
        await foreach (var payment in client.ListAsync(new ListQuery { ForwardOnly = true }, cancellationToken).ConfigureAwait(false))
        {
            all.Add(payment);
        }

        return all;
    }

    private Task SaveLinkAsync(Plan plan, string remoteId, CancellationToken cancellationToken) =>
        _context.Links.SaveAsync(
            new IntegrationLink(BssModules.Payments, plan.Item.Record.Id, remoteId, plan.Snapshot.Hash, _context.Time.GetUtcNow(), plan.Snapshot.Text),
            cancellationToken);

    private sealed record Plan(int Index, PushItem<Payment> Item, int InvoiceId, InvoicePayment Payload, PayloadSnapshot Snapshot);
}
