using System.Globalization;
using Bss.IntegrationFramework;
using BssConnectWiseConnector.Clients;
using BssConnectWiseConnector.Http;
using BssConnectWiseConnector.Http.Errors;
using BssConnectWiseConnector.Lookups;
using BssConnectWiseConnector.Mapping;
using BssConnectWiseConnector.Models;
using BssConnectWiseConnector.Sync.Dependencies;
using BssConnectWiseConnector.Sync.Pipeline;
using Newtonsoft.Json.Linq;

namespace BssConnectWiseConnector.Sync.Accounts;

/// <summary>
/// Pushes BSS accounts as ConnectWise companies, known by their identifier (the account code, or its id). Parents
/// are pushed first when not linked yet; the type is set on create and later changed through type associations;
/// a deleted account is deactivated (given an inactive company status), never erased. What every push does (links,
/// lookups by identifier, adoption, writes, results) is the engine's, which <see cref="AccountsModule"/> composes
/// with this definition.
/// </summary>
internal sealed class AccountsPushDefinition : IFlatPushDefinition<Account, Company>
{
    /// <summary>The fields the connector owns on a company; company types are set on create only.</summary>
    internal static readonly IReadOnlyList<string> CompanyFields =
    [
        "identifier", "name", "status", "addressLine1", "addressLine2", "city", "state", "zip", "country",
        "phoneNumber", "faxNumber", "website", "currency", "parentCompany", "defaultContact",
    ];

    private readonly IResourceClient<Company> _companies;
    private readonly AccountPushServices _services;
    private readonly CompanyMapper _mapper;
    private readonly IReferencedLinks _batchLinks;

    /// <summary>Initializes a new instance of the <see cref="AccountsPushDefinition"/> class.</summary>
    /// <param name="companies">The companies client.</param>
    /// <param name="services">What the push of an account reads besides the companies.</param>
    public AccountsPushDefinition(IResourceClient<Company> companies, AccountPushServices services)
    {
        _companies = companies;
        _services = services ?? throw new ArgumentNullException(nameof(services));
        _mapper = new CompanyMapper(services.Mapper);
        _batchLinks = services.ReferencedLinks;
    }

    /// <inheritdoc />
    public IReadOnlyList<string> BaselineFields { get; } = [.. CompanyFields, "types"];

    /// <inheritdoc />
    public string Module => BssModules.Accounts;

    /// <inheritdoc />
    public string RemoteName => "company";

    /// <inheritdoc />
    public IReadOnlyList<string> ManagedFields => CompanyFields;

    /// <inheritdoc />
    /// <remarks>Reads the links of the batch's parents and primary contacts at once (<see cref="IReferencedLinks"/>).</remarks>
    public Task PrepareAsync(IReadOnlyList<PushItem<Account>> items, PushOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(items);
        return _batchLinks.PrepareAsync(
            items.Select(i => i.Record),
            items.SelectMany(i => new[] { (BssModules.Accounts, i.Record.ParentAccountId), (BssModules.Contacts, i.Record.PrimaryContactId) }),
            cancellationToken);
    }

    /// <inheritdoc />
    public async Task<MappedRecord<Company>> MapAsync(PushItem<Account> item, IntegrationLink? link, PushOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        var account = item.Record;
        if (CompanyRules.MissingAddress(account.BillingAddress) is { } noAddress)
        {
            // Before the parent is pushed or the countries read: a record ConnectWise will refuse costs no request.
            return MappedRecord<Company>.Failed(FailureKind.Data, noAddress);
        }

        var type = _services.Lookups.Resolve(LookupNames.AccountType, account.Type);
        var currency = _services.Lookups.Resolve(LookupNames.Currency, account.Currency);
        var dataProblems = new List<string>();

        int? countryId = null;
        if (!string.IsNullOrWhiteSpace(account.BillingAddress?.Country))
        {
            var countries = await _services.Tables.ReadAsync(_services.Client.Countries, cancellationToken).ConfigureAwait(false);
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

        var defaultContact = await _batchLinks.RemoteIdAsync(account, BssModules.Contacts, account.PrimaryContactId, cancellationToken).ConfigureAwait(false);
        var company = _mapper.Map(account, new AccountMappingContext(_services.ImportAccountStatusId, type.Id, currency.Id, parent.RemoteId, defaultContact)) with
        {
            Country = countryId is { } country ? new Reference(country) : null,
        };
        dataProblems.AddRange(CompanyRules.Check(company, await _services.Client.GetApiVersionAsync(cancellationToken).ConfigureAwait(false)));
        var failed = MappedRecord<Company>.FromProblems(dataProblems, new[] { type.Problem, currency.Problem }.OfType<string>().ToArray());
        return failed ?? MappedRecord<Company>.Ready(company, company.Identifier!);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<Company>> FindByNaturalKeysAsync(IReadOnlyCollection<string> naturalKeys, CancellationToken cancellationToken) =>
        _services.FindByIdentifiers(naturalKeys, cancellationToken);

    /// <inheritdoc />
    public async Task<string?> FingerprintAsync(Account record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        var account = record;
        var parent = await _batchLinks.RemoteIdAsync(account, BssModules.Accounts, account.ParentAccountId, cancellationToken).ConfigureAwait(false);
        var contact = await _batchLinks.RemoteIdAsync(account, BssModules.Contacts, account.PrimaryContactId, cancellationToken).ConfigureAwait(false);
        // Without the BSS id, so that a record pulled before it had one is recognised after (issue 17).
        return Fingerprint.Of(
            "accounts/2",
            account with { Id = string.Empty },
            _services.ImportAccountStatusId,
            _services.Lookups.Resolve(LookupNames.AccountType, account.Type).Id,
            _services.Lookups.Resolve(LookupNames.Currency, account.Currency).Id,
            parent,
            contact);
    }

    /// <inheritdoc />
    public IEnumerable<string> NaturalKeysOf(Company remote) => remote?.Identifier is { } key ? [key] : [];

    /// <inheritdoc />
    public int? IdOf(Company remote) => remote?.Id;

    /// <inheritdoc />
    public Task<Company> CreateAsync(Company payload, CancellationToken cancellationToken) =>
        _companies.CreateAsync(payload, cancellationToken);

    /// <inheritdoc />
    public Task PatchAsync(int id, IReadOnlyList<PatchOperation> operations, CancellationToken cancellationToken) =>
        _companies.PatchAsync(id, operations, cancellationToken);

    /// <inheritdoc />
    public async Task<IReadOnlyList<FieldChange>> AfterPatchAsync(int remoteId, JObject? before, JObject after, PushOptions options, CancellationToken cancellationToken)
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
            var associations = _services.Client.CompanyTypeAssociations(remoteId);
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
    public async Task<PushResult> DeleteAsync(PushItem<Account> item, IntegrationLink? link, PushOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(options);
        if (link is null || !int.TryParse(link.RemoteId, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            return PushResults.Of(Module, item, PushOutcome.Skipped, null, "The account was never pushed, so there is no company to deactivate.");
        }

        var statuses = await _services.Tables.ReadAsync(_services.Client.CompanyStatuses, cancellationToken).ConfigureAwait(false);
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

        return PushResults.Of(Module, item, PushOutcome.Updated, link.RemoteId, $"Deleted in the BSS: the company's status is now '{inactive.Name}', it is not erased.",
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

        var linked = await _batchLinks.RemoteIdAsync(account, BssModules.Accounts, account.ParentAccountId, cancellationToken).ConfigureAwait(false);
        if (linked is not null)
        {
            return ResolvedDependency.Linked(linked.Value);
        }

        if (await ParentChain.FindCycleAsync(account, _services.Records, cancellationToken).ConfigureAwait(false) is { } cycle)
        {
            return ResolvedDependency.Missing(FailureKind.Data, $"The parent accounts form a cycle ({cycle}); break it in the BSS.");
        }

        return await _services.Parents.ResolveAsync(account.ParentAccountId, options, cancellationToken).ConfigureAwait(false);
    }
}
