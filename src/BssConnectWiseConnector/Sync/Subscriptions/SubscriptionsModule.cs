using System.Globalization;
using Bss.IntegrationFramework;
using BssConnectWiseConnector.Clients;
using BssConnectWiseConnector.Diagnostics;
using BssConnectWiseConnector.Http;
using BssConnectWiseConnector.Lookups;

namespace BssConnectWiseConnector.Sync.Subscriptions;

/// <summary>
/// The Subscriptions module: seat billing as the Zorus integration does it. Each customer gets an agreement per
/// agreement type (the billing cycle lookup), and each subscription an addition holding its seats, price and cost
/// per seat.
/// </summary>
internal sealed class SubscriptionsModule : IPushRegistration<Subscription>, IPullRegistration<Subscription>
{
    private const string Area = "Subscriptions";

    /// <inheritdoc />
    public ModuleDefinition Definition { get; } = new(
        BssModules.Subscriptions,
        [SyncOperation.Create, SyncOperation.Update, SyncOperation.Delete, SyncOperation.BatchRead, SyncOperation.Read],
        [BssModules.Accounts, BssModules.Products],
        "BSS subscriptions as additions (seats, price and cost per seat) on each customer's agreement of the billing cycle's type: never duplicated, cancelled rather than deleted, drift from hand edits reported; with the drift policy ConnectWiseWins, the seats edited in ConnectWise are pulled back.");

    /// <inheritdoc />
    public int Order => 40;

    /// <inheritdoc />
    public IReadOnlyList<PermissionProbe> Permissions { get; } =
    [
        new("Finance > Agreements", ApiRoutes.Agreements, "agreements and their additions", SecurityLevels.Inquire | SecurityLevels.Add | SecurityLevels.Edit),
    ];

    /// <inheritdoc />
    public IReadOnlyList<DiscoverySource> DiscoverySources { get; } =
    [
        new(LookupNames.BillingCycle, async (s, ct) => DiscoveredValues.From(await s.Tables.ReadAsync(s.Client.AgreementTypes, ct).ConfigureAwait(false), v => v.Id, v => v.Name, v => v.InactiveFlag)),
    ];

    /// <inheritdoc />
    public IPushModule<Subscription> CreatePushModule(ModuleContext services)
    {
        ArgumentNullException.ThrowIfNull(services);
        var settings = services.Settings;
        var definition = new SubscriptionsPushDefinition(
            services.Lookups,
            services.Dependency<Account>(BssModules.Accounts, "account"),
            services.Dependency<Product>(BssModules.Products, "product"),
            services.Mapper,
            services.Links,
            services.Time,
            new SubscriptionBilling(services.Records, settings.ProductBillableOption),
            settings.ProductBillableOption,
            settings.SubscriptionDriftPolicy,
            settings.SubscriptionFieldsFromConnectWise);
        return new Pipeline.AgreementAdditionPush(definition, services);
    }

    /// <inheritdoc />
    public IPullModule<Subscription> CreatePullModule(ModuleContext context) => new SubscriptionsPullModule(context);

    /// <inheritdoc />
    public async Task<IReadOnlyList<CheckFinding>> CheckAsync(ModuleContext services, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        var findings = new List<CheckFinding>();
        var entries = services.Lookups.Entries(LookupNames.BillingCycle);
        if (entries.Count == 0)
        {
            return findings;
        }

        var types = await services.Tables.ReadAsync(services.Client.AgreementTypes, cancellationToken).ConfigureAwait(false);
        foreach (var typeId in entries.Values.Distinct(StringComparer.Ordinal))
        {
            var cycles = string.Join(", ", entries.Where(e => e.Value == typeId).Select(e => $"'{e.Key}'"));
            var type = int.TryParse(typeId, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? types.FirstOrDefault(t => t.Id == id) : null;
            if (type is null || type.InactiveFlag == true)
            {
                findings.Add(new CheckFinding(CheckSeverity.Error, Area,
                    $"Billing cycle {cycles} maps to agreement type {typeId}, which {(type is null ? "ConnectWise does not have" : $"('{type.Name}') is inactive")}; those subscriptions cannot be billed.",
                    "Map the billing cycle to an active agreement type (System > Setup Tables > Agreement Type; lookups discover BillingCycle lists them)."));
                continue;
            }

            findings.Add(await GuardAsync(Area, () => CheckTagFieldsAsync(services, type.Name ?? typeId, id, cancellationToken), cancellationToken).ConfigureAwait(false));
        }

        try
        {
            findings.AddRange(await ReconcileAsync(services, cancellationToken).ConfigureAwait(false));
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            findings.Add(Unreadable("Reconciliation", e));
        }

        return findings;
    }

    // A read the check could not make is a finding, never the end of the whole check.
    private static async Task<CheckFinding> GuardAsync(string area, Func<Task<CheckFinding>> check, CancellationToken cancellationToken)
    {
        try
        {
            return await check().ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return Unreadable(area, e);
        }
    }

    private static CheckFinding Unreadable(string area, Exception e)
    {
        var (_, reason) = PushFailureClassifier.Classify(e);
        return new CheckFinding(CheckSeverity.Warning, area, $"Could not read the agreements and their additions: {reason}", "Run the check again; if it persists, check the API member's Finance > Agreements permission.");
    }

    private static async Task<CheckFinding> CheckTagFieldsAsync(ModuleContext services, string typeName, int typeId, CancellationToken cancellationToken)
    {
        // Custom fields cannot be listed through the API: an addition of an agreement of the type shows which it has.
        var agreement = await FirstAsync(services.Client.Agreements, Condition.Equal("type/id", typeId), cancellationToken).ConfigureAwait(false);
        var addition = agreement?.Id is { } agreementId ? await FirstAsync(services.Client.Additions(agreementId), null, cancellationToken).ConfigureAwait(false) : null;
        if (addition is null)
        {
            return new CheckFinding(CheckSeverity.Ok, Area,
                $"Agreement type '{typeName}' is active. No agreement of the type has an addition yet, so whether additions have the custom fields \"{SubscriptionTags.IdCaption}\" and \"{SubscriptionTags.NameCaption}\" shows on the first push.");
        }

        return SubscriptionTags.HasCaptions(addition.CustomFields)
            ? new CheckFinding(CheckSeverity.Ok, Area, $"Agreement type '{typeName}' is active, and its additions have the custom fields \"{SubscriptionTags.IdCaption}\"/\"{SubscriptionTags.NameCaption}\": each addition is tagged with its subscription.")
            : new CheckFinding(CheckSeverity.Warning, Area,
                $"Agreement type '{typeName}' is active, but its additions have no custom field \"{SubscriptionTags.IdCaption}\" or \"{SubscriptionTags.NameCaption}\"; additions are matched by the description's BSS id and by product instead.",
                $"To tag each addition with its subscription, add Text custom fields captioned \"{SubscriptionTags.IdCaption}\" and \"{SubscriptionTags.NameCaption}\" for agreement additions (System > Setup Tables > Custom Fields).");
    }

    private static async Task<IReadOnlyList<CheckFinding>> ReconcileAsync(ModuleContext services, CancellationToken cancellationToken)
    {
        var customers = SubscriptionReconciler.Reconcile(await new SubscriptionReconciliationReader(services).ReadAsync(cancellationToken).ConfigureAwait(false));
        var connectWiseOwnsSeats = services.Settings.SubscriptionDriftPolicy == Settings.SubscriptionDriftPolicy.ConnectWiseWins;
        var findings = customers.Where(c => c.HasDifference)
            .Select(c => new CheckFinding(CheckSeverity.Warning, "Reconciliation", SubscriptionReconciler.Describe(c, connectWiseOwnsSeats),
                connectWiseOwnsSeats
                    ? "Pull the subscriptions (sync --direction both): ConnectWise's seats are taken into the BSS; edit seats in ConnectWise, not in the BSS."
                    : "Push the subscriptions (a hand edit is overwritten or reported by the drift policy), or correct the subscription in the BSS."))
            .ToList();
        findings.Add(new CheckFinding(CheckSeverity.Ok, "Reconciliation", string.Create(CultureInfo.InvariantCulture,
            $"{customers.Count(c => !c.HasDifference)} of {customers.Count} {(customers.Count == 1 ? "customer" : "customers")} with seats on the mapped agreement types bill in ConnectWise what the BSS says.")));
        return findings;
    }

    private static async Task<T?> FirstAsync<T>(IResourceClient<T> client, Condition? conditions, CancellationToken cancellationToken)
        where T : class
    {
        await foreach (var page in client.ListPagesAsync(new ListQuery { Conditions = conditions, PageSize = 1 }, cancellationToken).ConfigureAwait(false))
        {
            return page.Items.Count > 0 ? page.Items[0] : null;
        }

        return null;
    }
}
