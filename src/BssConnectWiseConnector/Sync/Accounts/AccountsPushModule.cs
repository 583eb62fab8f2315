using System.Globalization;
using Bss.IntegrationFramework;
using BssConnectWiseConnector.Clients;
using BssConnectWiseConnector.Http;
using BssConnectWiseConnector.Http.Errors;
using BssConnectWiseConnector.Lookups;
using BssConnectWiseConnector.Mapping;
using BssConnectWiseConnector.Models;
using BssConnectWiseConnector.Sync.Dependencies;
using Newtonsoft.Json.Linq;

using BssConnectWiseConnector.Sync.Pipeline;

namespace BssConnectWiseConnector.Sync.Accounts;

/// <summary>
/// Pushes BSS accounts as ConnectWise companies, known by their identifier (the account code, or its id). Parents
/// are pushed first when not linked yet; the type is set on create and later changed through type associations;
/// a deleted account is deactivated (given an inactive company status), never erased.
/// </summary>
internal sealed class AccountsPushModule : FlatRecordPush<Account, Company>
{
    /// <summary>The fields the connector owns on a company; company types are set on create only.</summary>
    internal static readonly IReadOnlyList<string> CompanyFields =
    [
        "identifier", "name", "status", "addressLine1", "addressLine2", "city", "state", "zip", "country",
        "phoneNumber", "faxNumber", "website", "currency", "parentCompany", "defaultContact",
    ];

    private readonly IResourceClient<Company> _companies;
    private readonly CompanyMapper _mapper;
    private readonly IDependencyResolver<Account> _parents;
    private readonly NaturalKeyLookup<Company> _lookup;

    /// <summary>Initializes a new instance of the <see cref="AccountsPushModule"/> class.</summary>
    /// <param name="companies">The companies client.</param>
    /// <param name="context">The session's module context (setup tables, type associations, links).</param>
    public AccountsPushModule(IResourceClient<Company> companies, ModuleContext context)
        : base(context ?? throw new ArgumentNullException(nameof(context)))
    {
        _companies = companies;
        _mapper = new CompanyMapper(context.Mapper);
        _parents = context.Dependency<Account>(BssModules.Accounts, "parent account");
        _lookup = new NaturalKeyLookup<Company>(companies, "identifier", string.Join(",", CompanyFields.Prepend("types").Prepend("id")), c => c.Identifier);
    }

    /// <summary>Gets the ConnectWise fields a link's snapshot holds: the managed fields, and those written on create only.</summary>
    public IReadOnlyList<string> BaselineFields { get; } = [.. CompanyFields, "types"];

    /// <inheritdoc />
    protected override string Module => BssModules.Accounts;

    /// <inheritdoc />
    protected override string RemoteName => "company";

    /// <inheritdoc />
    protected override IReadOnlyList<string> ManagedFields => CompanyFields;

    /// <inheritdoc />
    protected override async Task<MappedRecord<Company>> MapAsync(PushItem<Account> item, IntegrationLink? link, PushOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        var account = item.Record;
        if (CompanyRules.MissingAddress(account.BillingAddress) is { } noAddress)
        {
            // Before the parent is pushed or the countries read: a record ConnectWise will refuse costs no request.
            return MappedRecord<Company>.Failed(FailureKind.Data, noAddress);
        }

        var type = Context.Lookups.Resolve(LookupNames.AccountType, account.Type);
        var currency = Context.Lookups.Resolve(LookupNames.Currency, account.Currency);
        var dataProblems = new List<string>();

        int? countryId = null;
        if (!string.IsNullOrWhiteSpace(account.BillingAddress?.Country))
        {
            var countries = await Context.Tables.ReadAsync(Context.Client.Countries, cancellationToken).ConfigureAwait(false);
            if (CountryResolver.Resolve(account.BillingAddress.Country, countries, out countryId) is { } problem)
            {
                dataProblems.Add(problem);
            }
        }

        var parent = await ResolveParentAsync(account, options, cancellationToken).ConfigureAwait(false);
        if (parent.FailureKind is { } parentKind)
        {
            return MappedRecord<Company>.Failed(parentKind, parent.Reason!);
        }

        var defaultContact = await LinkedIdAsync(BssModules.Contacts, account.PrimaryContactId, cancellationToken).ConfigureAwait(false);
        var company = _mapper.Map(account, new AccountMappingContext(Context.Settings.ImportAccountStatusId, type.Id, currency.Id, parent.RemoteId, defaultContact)) with
        {
            Country = countryId is { } country ? new Reference(country) : null,
        };
        dataProblems.AddRange(CompanyRules.Check(company, await Context.Client.GetApiVersionAsync(cancellationToken).ConfigureAwait(false)));
        var failed = MappedRecord<Company>.FromProblems(dataProblems, new[] { type.Problem, currency.Problem }.OfType<string>().ToArray());
        return failed ?? MappedRecord<Company>.Ready(company, company.Identifier!);
    }

    /// <inheritdoc />
    protected override Task<IReadOnlyList<Company>> FindByNaturalKeysAsync(IReadOnlyCollection<string> naturalKeys, CancellationToken cancellationToken) =>
        _lookup.FindAsync(naturalKeys, cancellationToken);

    /// <inheritdoc />
    protected override async Task<string?> FingerprintAsync(PushItem<Account> item, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        var account = item.Record;
        var parent = await LinkedIdAsync(BssModules.Accounts, account.ParentAccountId, cancellationToken).ConfigureAwait(false);
        var contact = await LinkedIdAsync(BssModules.Contacts, account.PrimaryContactId, cancellationToken).ConfigureAwait(false);
        // Without the BSS id, so that a record pulled before it had one is recognised after (issue 17).
        return Fingerprint.Of(
            "accounts/2",
            account with { Id = string.Empty },
            Context.Settings.ImportAccountStatusId,
            Context.Lookups.Resolve(LookupNames.AccountType, account.Type).Id,
            Context.Lookups.Resolve(LookupNames.Currency, account.Currency).Id,
            parent,
            contact);
    }

    /// <summary>Fingerprints a record as a push of it would (what its pull leaves a link agreeing with).</summary>
    /// <param name="record">The record.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The fingerprint.</returns>
    public Task<string?> FingerprintAsync(Account record, CancellationToken cancellationToken) =>
        FingerprintAsync(new PushItem<Account>(record, SyncOperation.Update), cancellationToken);

    /// <inheritdoc />
    protected override string? NaturalKeyOf(Company remote) => remote?.Identifier;

    /// <inheritdoc />
    protected override int? IdOf(Company remote) => remote?.Id;

    /// <inheritdoc />
    protected override Task<Company> CreateAsync(Company payload, CancellationToken cancellationToken) =>
        _companies.CreateAsync(payload, cancellationToken);

    /// <inheritdoc />
    protected override Task PatchAsync(int id, IReadOnlyList<PatchOperation> operations, CancellationToken cancellationToken) =>
        _companies.PatchAsync(id, operations, cancellationToken);

    /// <inheritdoc />
    protected override async Task<IReadOnlyList<FieldChange>> AfterPatchAsync(int remoteId, JObject? before, JObject after, PushOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(after);
        ArgumentNullException.ThrowIfNull(options);
        var oldType = FirstTypeId(before);
        var newType = FirstTypeId(after);
        if (newType is null || oldType == newType || before is null)
        {
            return [];
        }

        if (!options.DryRun)
        {
            var associations = Context.Client.CompanyTypeAssociations(remoteId);
            try
            {
                await associations.CreateAsync(new CompanyTypeAssociation { Type = new Reference(newType.Value) }, cancellationToken).ConfigureAwait(false);
            }
            catch (ConnectWiseValidationException e) when (e.IsObjectExists)
            {
                // The company already has the type (given by hand): nothing to add.
            }

            if (oldType is not null)
            {
                var stale = await associations.FindInAsync("type/id", [oldType.Value], cancellationToken: cancellationToken).ConfigureAwait(false);
                foreach (var association in stale.Where(a => a.Id is not null))
                {
                    await associations.DeleteAsync(association.Id!.Value, cancellationToken).ConfigureAwait(false);
                }
            }
        }

        return [new FieldChange("types", oldType?.ToString(CultureInfo.InvariantCulture), newType.Value.ToString(CultureInfo.InvariantCulture))];
    }

    /// <inheritdoc />
    protected override async Task<PushResult> DeleteAsync(PushItem<Account> item, IntegrationLink? link, PushOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(options);
        if (link is null || !int.TryParse(link.RemoteId, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            return Result(item, PushOutcome.Skipped, null, "The account was never pushed, so there is no company to deactivate.");
        }

        var statuses = await Context.Tables.ReadAsync(Context.Client.CompanyStatuses, cancellationToken).ConfigureAwait(false);
        var inactive = statuses.Where(s => s.InactiveFlag == true && s.Id is not null)
            .OrderByDescending(s => string.Equals(s.Name, "Inactive", StringComparison.OrdinalIgnoreCase))
            .FirstOrDefault();
        if (inactive is null)
        {
            return PushResult.Failed(Module, item.Record.Id, item.Operation, FailureKind.Configuration,
                "ConnectWise has no company status marked inactive, so the company cannot be deactivated; add one (System > Setup Tables > Company Status, Inactive checked).", link.RemoteId);
        }

        if (!options.DryRun)
        {
            await _companies.PatchAsync(id, [PatchOperation.Replace("status", new Reference(inactive.Id!.Value))], cancellationToken).ConfigureAwait(false);
        }

        return Result(item, PushOutcome.Updated, link.RemoteId, $"Deleted in the BSS: the company's status is now '{inactive.Name}', it is not erased.",
            [new FieldChange("status", null, inactive.Name)]);
    }

    private static int? FirstTypeId(JObject? payload) =>
        payload?["types"] is JArray { Count: > 0 } types ? types[0]?["id"]?.Value<int?>() : null;

    private async Task<ResolvedDependency> ResolveParentAsync(Account account, PushOptions options, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(account.ParentAccountId))
        {
            return ResolvedDependency.None;
        }

        var linked = await LinkedIdAsync(BssModules.Accounts, account.ParentAccountId, cancellationToken).ConfigureAwait(false);
        if (linked is not null)
        {
            return ResolvedDependency.Linked(linked.Value);
        }

        if (await ParentChain.FindCycleAsync(account, Context.Records, cancellationToken).ConfigureAwait(false) is { } cycle)
        {
            return ResolvedDependency.Missing(FailureKind.Data, $"The parent accounts form a cycle ({cycle}); break it in the BSS.");
        }

        return await _parents.ResolveAsync(account.ParentAccountId, options, cancellationToken).ConfigureAwait(false);
    }

    private async Task<int?> LinkedIdAsync(string module, string? bssId, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(bssId))
        {
            return null;
        }

        var links = await Context.Links.GetManyAsync(module, [bssId], cancellationToken).ConfigureAwait(false);
        return links.TryGetValue(bssId, out var link) && int.TryParse(link.RemoteId, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;
    }
}
