using System.Globalization;
using Bss.IntegrationFramework;
using BssConnectWiseConnector.Clients;
using BssConnectWiseConnector.Http;
using BssConnectWiseConnector.Http.Errors;
using BssConnectWiseConnector.Mapping;
using BssConnectWiseConnector.Models;
using BssConnectWiseConnector.Sync.Dependencies;
using BssConnectWiseConnector.Sync.Pipeline;
using BssInvoice = Bss.IntegrationFramework.Invoice;

namespace BssConnectWiseConnector.Sync.Payments;

/// <summary>
/// Pushes BSS payments as payments of the linked ConnectWise invoice (the invoice is pushed first when it is not
/// linked). A payment is never applied twice: before creating, the invoice's payments are read and one with the same
/// amount and date that no other BSS payment is linked to is adopted, which makes a crash between the POST and the
/// link safe. ConnectWise keeps no reference on a payment, so amount and date are the whole key. Payments are not
/// edited: a linked payment that changed in the BSS is reported as a conflict, not applied again. Its write is a ledger
/// entry, not a record found by a natural key (<see cref="FlatRecordPush{TRecord, TRemote}"/> patches changed records and
/// wants one unique key per record, while two payments of the same amount on the same day are legitimate): the payments
/// of one invoice are written one after another, so two equal payments never adopt the same one.
/// </summary>
internal sealed class PaymentsPushModule : PushPipeline<Payment, IReadOnlyDictionary<string, ResolvedDependency>, PaymentPlan>
{
    private readonly Func<int, IResourceClient<InvoicePayment>> _payments;
    private readonly InvoicePaymentMapper _mapper;
    private readonly IDependencyResolver<BssInvoice> _invoices;

    /// <summary>Initializes a new instance of the <see cref="PaymentsPushModule"/> class.</summary>
    /// <param name="payments">Gets the payments client of an invoice.</param>
    /// <param name="mapper">The payment mapper.</param>
    /// <param name="context">The session's shared context.</param>
    public PaymentsPushModule(Func<int, IResourceClient<InvoicePayment>> payments, InvoicePaymentMapper mapper, ModuleContext context)
        : base(context)
    {
        _payments = payments;
        _mapper = mapper;
        _invoices = context.Dependency<BssInvoice>(BssModules.Invoices, "invoice");
    }

    /// <inheritdoc />
    protected override string Module => BssModules.Payments;

    /// <inheritdoc />
    protected override Task<IReadOnlyDictionary<string, ResolvedDependency>> PrepareAsync(IReadOnlyList<PushItem<Payment>> items, PushOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(items);
        var live = items.Where(i => i.Operation != SyncOperation.Delete && !string.IsNullOrWhiteSpace(i.Record.Id));
        return _invoices.ResolveAsync(live.Select(i => i.Record.InvoiceId), options, cancellationToken);
    }

    /// <inheritdoc />
    protected override Task<PushResult> DeleteAsync(PushItem<Payment> item, IntegrationLink? link, PushOptions options, CancellationToken cancellationToken) =>
        Task.FromResult(Result(item, PushOutcome.Skipped, link?.RemoteId, "Payments are not deleted by the connector; reverse the payment in ConnectWise if it must go."));

    /// <inheritdoc />
    protected override Task<(PaymentPlan? Plan, PushResult? Result)> PlanAsync(
        int index, PushItem<Payment> item, IntegrationLink? link, IReadOnlyDictionary<string, ResolvedDependency> batch, PushOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(options);
        var payment = item.Record;
        var invoice = batch.TryGetValue(payment.InvoiceId ?? string.Empty, out var found)
            ? found
            : ResolvedDependency.Missing(FailureKind.Data, "The payment names no invoice; fill its invoice id in the BSS.");
        if (invoice.FailureKind is { } invoiceKind)
        {
            return Done(Failed(item, invoiceKind, invoice.Reason ?? "The payment's invoice is not linked.", link?.RemoteId));
        }

        // Without an id, the invoice is one a dry run would push first (Pending): the payment is planned against it.
        var invoiceId = invoice.RemoteId ?? 0;
        var data = new FieldRules("payment").Add(payment.Amount <= 0 ? "amount must be more than 0; fix the payment's amount in the BSS." : null)
            .Add(payment.Date is null ? "paymentDate is required, but the payment's date is empty; fill it in the BSS." : null)
            .Add(string.IsNullOrWhiteSpace(payment.PaymentMethodId) ? "The payment has no payment method; fill its paymentMethodId in the BSS." : null).Problems;
        var (type, problem) = data.Count == 0 ? PaymentTypes.Resolve(Context.Settings, payment.PaymentMethodId) : (null, null);
        if (MappedRecord<InvoicePayment>.FromProblems(data, problem is null ? [] : [problem]) is { } failed)
        {
            return Done(Failed(item, failed.FailureKind!.Value, failed.Reason!, link?.RemoteId));
        }

        var desired = _mapper.Map(payment, new PaymentMappingContext(invoiceId, type!));
        var snapshot = PayloadSnapshot.Of(desired);
        if (invoice.RemoteId is null)
        {
            return Done(Result(item, PushOutcome.Created, null, changes: [PlannedChange(desired)]));
        }

        if (link is not null)
        {
            return Done(link.PayloadHash == snapshot.Hash
                ? Result(item, PushOutcome.Unchanged, link.RemoteId)
                : Failed(item, FailureKind.Conflict,
                    $"The payment changed in the BSS after it was applied as ConnectWise payment #{link.RemoteId}; payments are never edited or applied twice by the connector. Correct the payment in ConnectWise by hand (or reverse it and unlink it to let the connector apply it again).",
                    link.RemoteId));
        }

        return Task.FromResult<(PaymentPlan?, PushResult?)>((new PaymentPlan(index, item, invoiceId, desired, snapshot), null));
    }

    /// <inheritdoc />
    protected override Task WriteAsync(IReadOnlyList<PaymentPlan> plans, IReadOnlyDictionary<string, ResolvedDependency> batch, PushOptions options, PushWriter<Payment, PaymentPlan> writer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plans);
        ArgumentNullException.ThrowIfNull(writer);

        // One invoice's payments go one after the other, so two equal payments never adopt the same one.
        return writer.ForEachAsync(plans.GroupBy(p => p.InvoiceId).ToArray(), (group, token) => WriteInvoiceAsync(group.Key, group.ToArray(), options, writer, token), cancellationToken);
    }

    private static Task<(PaymentPlan? Plan, PushResult? Result)> Done(PushResult result) => Task.FromResult<(PaymentPlan?, PushResult?)>((null, result));

    private static FieldChange PlannedChange(InvoicePayment payment) => new("payment", null, $"{payment.Type} {Describe(payment)}");

    private static bool SamePayment(InvoicePayment remote, InvoicePayment desired) =>
        remote.Amount == desired.Amount && remote.PaymentDate?.UtcDateTime.Date == desired.PaymentDate?.UtcDateTime.Date;

    private static string Describe(InvoicePayment payment) => string.Create(
        CultureInfo.InvariantCulture, $"{payment.Amount} on {payment.PaymentDate:yyyy-MM-dd}");

    private static async Task<List<InvoicePayment>> ReadAsync(IResourceClient<InvoicePayment> client, CancellationToken cancellationToken)
    {
        var all = new List<InvoicePayment>();
        await foreach (var payment in client.ListAsync(new ListQuery { ForwardOnly = true }, cancellationToken).ConfigureAwait(false))
        {
            all.Add(payment);
        }

        return all;
    }

    private async Task WriteInvoiceAsync(int invoiceId, PaymentPlan[] plans, PushOptions options, PushWriter<Payment, PaymentPlan> writer, CancellationToken cancellationToken)
    {
        var client = _payments(invoiceId);
        List<InvoicePayment>? existing = null;
        var claimed = new HashSet<int>();
        foreach (var plan in plans)
        {
            await writer.WriteAsync(plan, async () =>
            {
                existing ??= await ReadAsync(client, cancellationToken).ConfigureAwait(false);
                return await AdoptAsync(plan, existing, claimed, options, cancellationToken).ConfigureAwait(false)
                    ?? await CreateAsync(plan, client, claimed, options, cancellationToken).ConfigureAwait(false);
            }, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<PushResult?> AdoptAsync(PaymentPlan plan, IReadOnlyList<InvoicePayment> existing, HashSet<int> claimed, PushOptions options, CancellationToken cancellationToken)
    {
        foreach (var remote in existing.Where(r => r.Id is { } id && !claimed.Contains(id) && SamePayment(r, plan.Payload)))
        {
            var remoteId = remote.Id!.Value.ToString(CultureInfo.InvariantCulture);
            var owner = await Context.Links.FindByRemoteIdAsync(BssModules.Payments, remoteId, cancellationToken).ConfigureAwait(false);
            if (owner is not null && owner.BssId != plan.Item.Record.Id)
            {
                // Another BSS payment of the same amount and day: not this one.
                continue;
            }

            claimed.Add(remote.Id.Value);
            if (!options.DryRun)
            {
                await SaveLinkAsync(plan.Item.Record.Id, remoteId, plan.Snapshot, plan.Snapshot.Hash, cancellationToken).ConfigureAwait(false);
            }

            return Result(plan.Item, PushOutcome.Unchanged, remoteId,
                $"Adopted ConnectWise payment #{remoteId} ({Describe(remote)}) that invoice #{plan.InvoiceId} already had, instead of applying the payment twice.");
        }

        return null;
    }

    private async Task<PushResult> CreateAsync(PaymentPlan plan, IResourceClient<InvoicePayment> client, HashSet<int> claimed, PushOptions options, CancellationToken cancellationToken)
    {
        if (options.DryRun)
        {
            return Result(plan.Item, PushOutcome.Created, null, changes: [PlannedChange(plan.Payload)]);
        }

        try
        {
            return await ApplyAsync(plan, client, claimed, options, cancellationToken).ConfigureAwait(false);
        }
        catch (ConnectWiseValidationException e) when (e.Errors.Any(d => string.Equals(d.Field, "type", StringComparison.OrdinalIgnoreCase)))
        {
            // The type values are a setting because no source lists ConnectWise's: say which one to change, and to what.
            var said = e.Errors.First(d => string.Equals(d.Field, "type", StringComparison.OrdinalIgnoreCase)).Message ?? e.Message;
            return Failed(plan.Item, FailureKind.Configuration,
                $"ConnectWise refused the payment type '{plan.Payload.Type}' ({said}); nothing was applied. Set the server variable {PaymentTypes.SettingOf(Context.Settings, plan.Payload.Type)} "
                + "to a type this site accepts: the type of a payment entered by hand in ConnectWise (the conformance command lists them).");
        }
    }

    private Task<PushResult> ApplyAsync(PaymentPlan plan, IResourceClient<InvoicePayment> client, HashSet<int> claimed, PushOptions options, CancellationToken cancellationToken) =>
        CreateOrAdopt.RunAsync(
            () => client.CreateAsync(plan.Payload, cancellationToken),
            async created =>
            {
                var id = created.Id ?? throw new ConnectWiseApiException("ConnectWise applied the payment but answered without its id.");
                claimed.Add(id);
                var remoteId = id.ToString(CultureInfo.InvariantCulture);
                await SaveLinkAsync(plan.Item.Record.Id, remoteId, plan.Snapshot, plan.Snapshot.Hash, cancellationToken).ConfigureAwait(false);
                return Result(plan.Item, PushOutcome.Created, remoteId);
            },
            // The POST may have been applied although its answer was lost: look again before giving up.
            async () => await AdoptAsync(plan, await ReadAsync(client, cancellationToken).ConfigureAwait(false), claimed, options, cancellationToken).ConfigureAwait(false));
}
