using System.Globalization;
using Bss.IntegrationFramework;
using BssConnectWiseConnector.Clients;
using BssConnectWiseConnector.Http;
using BssConnectWiseConnector.Models;

namespace BssConnectWiseConnector.Sync.Subscriptions;

/// <summary>
/// Ensures a customer's agreement of a type: finds the open agreements of a whole batch at once, adopts the one open
/// agreement, creates it when there is none, and reports a Conflict naming the candidates when there are several (the
/// seats would otherwise land on a guess).
/// </summary>
/// <param name="client">The agreements and their types.</param>
/// <param name="tables">Reads the agreement types once per run.</param>
/// <param name="records">The BSS accounts.</param>
/// <param name="links">The contacts' links and the terms of a customer linked by hand.</param>
/// <param name="time">The clock.</param>
/// <param name="defaultContacts">The companies' default contacts, read per batch.</param>
internal sealed class AgreementChooser(IAgreementResources client, ISetupTables tables, IBssRecordSource records, IIntegrationLinkStore links, TimeProvider time, DefaultContacts defaultContacts)
{
    /// <summary>The most characters ConnectWise keeps in an agreement name.</summary>
    public const int NameMaxLength = 100;


    /// <summary>Reads the open agreements of the keys: <c>company/id in (…) and type/id in (…) and cancelledFlag = false</c>.</summary>
    /// <param name="keys">The companies and types.</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    /// <returns>The agreements of each key (an empty list when it has none).</returns>
    public async Task<IReadOnlyDictionary<AgreementKey, IReadOnlyList<Agreement>>> FindAsync(IReadOnlyCollection<AgreementKey> keys, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var result = keys.Distinct().ToDictionary(k => k, _ => (IReadOnlyList<Agreement>)[]);
        if (result.Count == 0)
        {
            return result;
        }

        var companies = keys.Select(k => k.CompanyId).Distinct().Order().Cast<object>().ToArray();
        var types = keys.Select(k => k.TypeId).Distinct().Order().Cast<object>().ToArray();
        var extra = Condition.And(Condition.In("type/id", types), Condition.Equal("cancelledFlag", false));
        var found = await client.Agreements.FindInAsync("company/id", companies, extra, cancellationToken).ConfigureAwait(false);
        foreach (var group in found.Where(a => a.Company?.Id is not null && a.Type?.Id is not null).GroupBy(a => new AgreementKey(a.Company!.Id!.Value, a.Type!.Id!.Value)))
        {
            if (result.ContainsKey(group.Key))
            {
                result[group.Key] = group.OrderBy(a => a.Id).ToArray();
            }
        }

        return result;
    }

    /// <summary>Chooses (or creates) the agreement of a group.</summary>
    /// <param name="key">The company and type.</param>
    /// <param name="found">The group's open agreements.</param>
    /// <param name="plans">The subscriptions that go on it.</param>
    /// <param name="options">The push options (a dry run creates nothing).</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The choice.</returns>
    public async Task<AgreementChoice> ChooseAsync(AgreementKey key, IReadOnlyList<Agreement> found, IReadOnlyList<SubscriptionPlan> plans, PushOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(found);
        ArgumentNullException.ThrowIfNull(options);
        if (found.Count > 1)
        {
            var names = string.Join(", ", found.Select(a => string.Create(CultureInfo.InvariantCulture, $"#{a.Id} '{a.Name}'")));
            return new AgreementChoice(null, false, FailureKind.Conflict, string.Create(CultureInfo.InvariantCulture,
                $"Company #{key.CompanyId} has {found.Count} open agreements of agreement type #{key.TypeId} ({names}), so the seats could go on either; cancel the extra agreement or change its type in ConnectWise."));
        }

        if (found.Count == 1)
        {
            return new AgreementChoice(found[0].Id, false, null, null);
        }

        var (agreement, kind, reason) = await BuildAsync(key, plans, cancellationToken).ConfigureAwait(false);
        if (agreement is null)
        {
            return new AgreementChoice(null, false, kind, reason);
        }

        if (options.DryRun)
        {
            return new AgreementChoice(null, true, null, $"A real run creates the agreement '{agreement.Name}' first.");
        }

        // An answer lost is not necessarily an agreement lost: look before anyone creates a second one.
        var created = await UncertainWrite.CreateAsync(
            () => client.Agreements.CreateAsync(agreement, cancellationToken),
            async () => (await FindAsync([key], cancellationToken).ConfigureAwait(false))[key] is [var again] ? again : null).ConfigureAwait(false);

        return created.Id is { } id
            ? new AgreementChoice(id, true, null, string.Create(CultureInfo.InvariantCulture, $"Created the agreement #{id} '{created.Name ?? agreement.Name}'."))
            : new AgreementChoice(null, false, FailureKind.Transient, "ConnectWise created the agreement but answered without its id; the next run finds it.");
    }

    // The agreement to create: named "{account} – {type}", for the account's company, with the account's primary
    // contact (or the company's default contact), starting with its earliest subscription, with no end, and the billing
    // settings the agreement type gives new agreements; or why it cannot be created.
    private async Task<(Agreement? Agreement, FailureKind? Kind, string? Reason)> BuildAsync(AgreementKey key, IReadOnlyList<SubscriptionPlan> plans, CancellationToken cancellationToken)
    {
        var types = await tables.ReadAsync(client.AgreementTypes, cancellationToken).ConfigureAwait(false);
        var type = types.FirstOrDefault(t => t.Id == key.TypeId);
        if (type is null)
        {
            return (null, FailureKind.Configuration, string.Create(CultureInfo.InvariantCulture,
                $"The billing cycle lookup maps to agreement type #{key.TypeId}, which ConnectWise does not have; map it to an agreement type of System > Setup Tables > Agreement Type (lookups discover BillingCycle lists them)."));
        }

        var account = await records.FindAsync<Account>(plans[0].Item.Record.AccountId, cancellationToken).ConfigureAwait(false);
        var contact = await ContactOfAsync(key, account, cancellationToken).ConfigureAwait(false);
        if (contact is null)
        {
            return (null, FailureKind.Data, string.Create(CultureInfo.InvariantCulture,
                $"ConnectWise needs a contact on the new agreement, but the account's primary contact is not linked and company #{key.CompanyId} has no default contact; push the account's primary contact (Contacts) or set the company's default contact."));
        }

        var accountName = account?.Name?.Trim() is { Length: > 0 } named ? named : string.Create(CultureInfo.InvariantCulture, $"Company {key.CompanyId}");
        var name = $"{accountName} – {type.Name}";
        var start = plans.Select(p => p.Item.Record.StartDate).Where(d => d is not null).Min()
            ?? DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        return (new Agreement
        {
            Name = name.Length > NameMaxLength ? name[..NameMaxLength] : name,
            Type = new Reference(key.TypeId),
            Company = new Reference(key.CompanyId),
            Contact = new Reference(contact.Value),
            StartDate = Mapping.AdditionMapper.ToConnectWise(start),
            NoEndingDateFlag = true,
            CancelledFlag = false,
            BillTime = type.BillTime,
            BillExpenses = type.BillExpenses,
            BillProducts = type.BillProducts,
            EmployeeCompRate = type.EmployeeCompRate,
            InvoicingCycle = type.InvoicingCycle,
        }, null, null);
    }

    private async Task<int?> ContactOfAsync(AgreementKey key, Account? account, CancellationToken cancellationToken)
    {
        // The contact the administrator chose when linking the customer by hand comes first (link, Link customer page).
        if (account is not null && await Linking.AgreementTerms.FindAsync(links, account.Id, key.CompanyId, cancellationToken).ConfigureAwait(false) is { ContactId: { } chosen })
        {
            return chosen;
        }

        if (!string.IsNullOrWhiteSpace(account?.PrimaryContactId))
        {
            var contacts = await links.GetManyAsync(BssModules.Contacts, [account.PrimaryContactId], cancellationToken).ConfigureAwait(false);
            if (contacts.TryGetValue(account.PrimaryContactId, out var link) && int.TryParse(link.RemoteId, NumberStyles.None, CultureInfo.InvariantCulture, out var linked))
            {
                return linked;
            }
        }

        return await defaultContacts.GetAsync(key.CompanyId, cancellationToken).ConfigureAwait(false);
    }
}
