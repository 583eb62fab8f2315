using System.Globalization;
using Bss.IntegrationFramework;
using BssConnectWiseConnector.Clients;
using BssConnectWiseConnector.Http;
using BssConnectWiseConnector.Http.Errors;
using BssConnectWiseConnector.Lookups;
using BssConnectWiseConnector.Mapping;
using BssConnectWiseConnector.Models;
using Microsoft.Extensions.Logging;
using Newtonsoft.Json.Linq;

namespace BssConnectWiseConnector.Sync.Accounts;

/// <summary>
/// Pushes BSS accounts as ConnectWise companies. A linked account whose payload hash is unchanged costs no request;
/// a changed one is patched field by field; an unlinked one is first looked up by identifier (one request per page of
/// identifiers for the whole batch) and adopted if found, and only then created.
/// </summary>
internal sealed class AccountsPushModule : IPushModule<Account>
{
    /// <summary>The fields the connector owns on a company; company types are set on create only.</summary>
    internal static readonly IReadOnlyList<string> ManagedFields =
    [
        "identifier", "name", "status", "addressLine1", "addressLine2", "city", "state", "zip", "country",
        "phoneNumber", "faxNumber", "website", "currency", "parentCompany", "defaultContact",
    ];

    private const string Module = BssModules.Accounts;
    private readonly IResourceClient<Company> _companies;
    private readonly CompanyMapper _mapper;
    private readonly SyncModuleContext _context;
    private readonly ILogger _logger;

    /// <summary>Initializes a new instance of the <see cref="AccountsPushModule"/> class.</summary>
    /// <param name="companies">The companies client.</param>
    /// <param name="mapper">The account mapper.</param>
    /// <param name="context">The session's shared context.</param>
    public AccountsPushModule(IResourceClient<Company> companies, CompanyMapper mapper, SyncModuleContext context)
    {
        _companies = companies;
        _mapper = mapper;
        _context = context;
        _logger = context.LoggerFactory.CreateLogger<AccountsPushModule>();
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<PushResult>> PushAsync(IReadOnlyList<PushItem<Account>> items, PushOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(options);
        var results = new PushResult[items.Count];
        var ids = items.Select(i => i.Record.Id).Where(id => !string.IsNullOrWhiteSpace(id)).Distinct(StringComparer.Ordinal).ToArray();
        var links = await _context.Links.GetManyAsync(Module, ids, cancellationToken).ConfigureAwait(false);
        var plans = Plan(items, links, results);

        var unlinked = plans.Where(p => p.Link is null).Select(p => (object)p.Company.Identifier!).ToArray();
        IReadOnlyDictionary<string, Company> existing = new Dictionary<string, Company>();
        if (unlinked.Length > 0)
        {
            try
            {
                existing = (await _companies.FindInAsync("identifier", unlinked, cancellationToken: cancellationToken).ConfigureAwait(false))
                    .Where(c => c.Identifier is not null)
                    .GroupBy(c => c.Identifier!, StringComparer.OrdinalIgnoreCase)
                    .ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
            }
            catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                // Without the lookup a create could duplicate a company: fail the unlinked records, keep the rest.
                var (kind, reason) = PushFailureClassifier.Classify(e);
                foreach (var plan in plans.Where(p => p.Link is null))
                {
                    results[plan.Index] = PushResult.Failed(Module, plan.Account.Id, plan.Operation, kind, "Could not look up existing companies before creating: " + reason);
                }

                plans = plans.Where(p => p.Link is not null).ToList();
            }
        }

        var done = 0;
        await Parallel.ForEachAsync(
            plans,
            new ParallelOptions { MaxDegreeOfParallelism = _context.MaxConcurrency, CancellationToken = cancellationToken },
            async (plan, token) =>
            {
                results[plan.Index] = await PushOneAsync(plan, existing, options, token).ConfigureAwait(false);
                _context.Progress?.Report(new SyncProgress(Module, Interlocked.Increment(ref done), plans.Count));
            }).ConfigureAwait(false);

        return results;
    }

    private List<AccountPlan> Plan(IReadOnlyList<PushItem<Account>> items, IReadOnlyDictionary<string, IntegrationLink> links, PushResult[] results)
    {
        var plans = new List<AccountPlan>(items.Count);
        var identifiers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var index = 0; index < items.Count; index++)
        {
            var (account, operation) = (items[index].Record, items[index].Operation);
            if (string.IsNullOrWhiteSpace(account.Id))
            {
                results[index] = PushResult.Failed(Module, account.Id ?? string.Empty, operation, FailureKind.Data, "The account has no BSS id.");
                continue;
            }

            links.TryGetValue(account.Id, out var link);
            if (operation == SyncOperation.Delete)
            {
                results[index] = new PushResult
                {
                    Module = Module,
                    BssId = account.Id,
                    Operation = operation,
                    Outcome = PushOutcome.Skipped,
                    RemoteId = link?.RemoteId,
                    Reason = "Deleted accounts are not deactivated in ConnectWise by this version of the connector; deactivate the company by hand.",
                };
                continue;
            }

            var type = _context.Lookups.Resolve(LookupNames.AccountType, account.Type);
            var currency = _context.Lookups.Resolve(LookupNames.Currency, account.Currency);
            var company = _mapper.Map(account, new AccountMappingContext(_context.Settings.ImportAccountStatusId, type.Id, currency.Id));
            var dataProblems = CompanyRules.Check(company);
            var lookupProblems = new[] { type.Problem, currency.Problem }.OfType<string>().ToArray();
            if (dataProblems.Count > 0 || lookupProblems.Length > 0)
            {
                var kind = dataProblems.Count > 0 ? FailureKind.Data : FailureKind.Configuration;
                results[index] = PushResult.Failed(Module, account.Id, operation, kind, string.Join(" ", dataProblems.Concat(lookupProblems)), link?.RemoteId);
                continue;
            }

            if (identifiers.TryGetValue(company.Identifier!, out var otherId))
            {
                results[index] = PushResult.Failed(Module, account.Id, operation, FailureKind.Data,
                    $"The identifier '{company.Identifier}' is also the code of BSS account {otherId} in this batch; ConnectWise identifiers are unique, so give one of them another code.", link?.RemoteId);
                continue;
            }

            identifiers[company.Identifier!] = account.Id;
            var snapshot = PayloadSnapshot.Of(company);
            if (link is not null && link.PayloadHash == snapshot.Hash)
            {
                results[index] = Result(account.Id, operation, PushOutcome.Unchanged, link.RemoteId);
                continue;
            }

            plans.Add(new AccountPlan(index, account, operation, company, snapshot, link));
        }

        return plans;
    }

    private async Task<PushResult> PushOneAsync(AccountPlan plan, IReadOnlyDictionary<string, Company> existing, PushOptions options, CancellationToken cancellationToken)
    {
        try
        {
            if (plan.Link is { } link && int.TryParse(link.RemoteId, NumberStyles.None, CultureInfo.InvariantCulture, out var linkedId))
            {
                var updated = await UpdateLinkedAsync(plan, linkedId, link, options, cancellationToken).ConfigureAwait(false);
                if (updated is not null)
                {
                    return updated;
                }

                // The linked company is gone from ConnectWise: find it by identifier, or create it again.
                var found = await _companies.FindInAsync("identifier", [plan.Company.Identifier!], cancellationToken: cancellationToken).ConfigureAwait(false);
                existing = found.ToDictionary(c => c.Identifier!, StringComparer.OrdinalIgnoreCase);
            }

            if (existing.TryGetValue(plan.Company.Identifier!, out var company))
            {
                return await AdoptAsync(plan, company, options, cancellationToken).ConfigureAwait(false);
            }

            return await CreateAsync(plan, options, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            var (kind, reason) = PushFailureClassifier.Classify(e);
            _logger.LogWarning("Account {BssId} failed ({Kind}): {Reason}", plan.Account.Id, kind, reason);
            return PushResult.Failed(Module, plan.Account.Id, plan.Operation, kind, reason, plan.Link?.RemoteId);
        }
    }

    private async Task<PushResult?> UpdateLinkedAsync(AccountPlan plan, int companyId, IntegrationLink link, PushOptions options, CancellationToken cancellationToken)
    {
        var (operations, changes) = PatchDiff.Compute(PayloadSnapshot.Parse(link.Snapshot), plan.Snapshot.Json, ManagedFields);
        if (operations.Count == 0)
        {
            if (!options.DryRun)
            {
                await SaveLinkAsync(plan, link.RemoteId, cancellationToken).ConfigureAwait(false);
            }

            return Result(plan.Account.Id, plan.Operation, PushOutcome.Unchanged, link.RemoteId);
        }

        if (!options.DryRun)
        {
            try
            {
                await _companies.PatchAsync(companyId, operations, cancellationToken).ConfigureAwait(false);
            }
            catch (ConnectWiseNotFoundException)
            {
                await _context.Links.RemoveAsync(Module, plan.Account.Id, cancellationToken).ConfigureAwait(false);
                return null;
            }

            await SaveLinkAsync(plan, link.RemoteId, cancellationToken).ConfigureAwait(false);
        }

        return Result(plan.Account.Id, plan.Operation, PushOutcome.Updated, link.RemoteId, changes: changes);
    }

    private async Task<PushResult> AdoptAsync(AccountPlan plan, Company company, PushOptions options, CancellationToken cancellationToken)
    {
        var remoteId = company.Id!.Value.ToString(CultureInfo.InvariantCulture);
        var owner = await _context.Links.FindByRemoteIdAsync(Module, remoteId, cancellationToken).ConfigureAwait(false);
        if (owner is not null && owner.BssId != plan.Account.Id)
        {
            return PushResult.Failed(Module, plan.Account.Id, plan.Operation, FailureKind.Conflict,
                $"The identifier '{plan.Company.Identifier}' belongs to ConnectWise company #{remoteId} '{company.Name}', which is linked to BSS account {owner.BssId}; give this account another code, or unlink the other one.");
        }

        var current = JObject.FromObject(company, ConnectWiseJson.Serializer);
        var (operations, changes) = PatchDiff.Compute(current, plan.Snapshot.Json, ManagedFields);
        if (!options.DryRun)
        {
            if (operations.Count > 0)
            {
                await _companies.PatchAsync(company.Id.Value, operations, cancellationToken).ConfigureAwait(false);
            }

            await SaveLinkAsync(plan, remoteId, cancellationToken).ConfigureAwait(false);
        }

        var reason = $"Adopted the existing ConnectWise company #{remoteId} with the identifier '{plan.Company.Identifier}' instead of creating a duplicate.";
        return Result(plan.Account.Id, plan.Operation, operations.Count > 0 ? PushOutcome.Updated : PushOutcome.Unchanged, remoteId, reason, changes);
    }

    private async Task<PushResult> CreateAsync(AccountPlan plan, PushOptions options, CancellationToken cancellationToken)
    {
        if (options.DryRun)
        {
            return Result(plan.Account.Id, plan.Operation, PushOutcome.Created, null, changes: PatchDiff.Compute(null, plan.Snapshot.Json, ManagedFields).Changes);
        }

        Company created;
        try
        {
            created = await _companies.CreateAsync(plan.Company, cancellationToken).ConfigureAwait(false);
        }
        catch (ConnectWiseApiException e) when (e.IsObjectExists || e.Code == "Redirect")
        {
            // Another writer (or our own POST whose answer was lost) created it: adopt it rather than fail or duplicate.
            var found = await _companies.FindInAsync("identifier", [plan.Company.Identifier!], cancellationToken: cancellationToken).ConfigureAwait(false);
            if (found.Count > 0 && found[0] is { } company)
            {
                return await AdoptAsync(plan, company, options, cancellationToken).ConfigureAwait(false);
            }

            throw;
        }

        var remoteId = created.Id?.ToString(CultureInfo.InvariantCulture)
            ?? throw new ConnectWiseApiException("ConnectWise created the company but answered without its id.");
        await SaveLinkAsync(plan, remoteId, cancellationToken).ConfigureAwait(false);
        return Result(plan.Account.Id, plan.Operation, PushOutcome.Created, remoteId);
    }

    private Task SaveLinkAsync(AccountPlan plan, string remoteId, CancellationToken cancellationToken) =>
        _context.Links.SaveAsync(
            new IntegrationLink(Module, plan.Account.Id, remoteId, plan.Snapshot.Hash, _context.Time.GetUtcNow(), plan.Snapshot.Text),
            cancellationToken);

    private static PushResult Result(string bssId, SyncOperation operation, PushOutcome outcome, string? remoteId, string? reason = null, IReadOnlyList<FieldChange>? changes = null) =>
        new()
        {
            Module = Module,
            BssId = bssId,
            Operation = operation,
            Outcome = outcome,
            RemoteId = remoteId,
            Reason = reason,
            Changes = changes ?? [],
        };

    private sealed record AccountPlan(int Index, Account Account, SyncOperation Operation, Company Company, PayloadSnapshot Snapshot, IntegrationLink? Link);
}
