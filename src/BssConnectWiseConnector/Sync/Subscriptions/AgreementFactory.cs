using System.Globalization;
using Bss.IntegrationFramework;
using BssConnectWiseConnector.Models;

namespace BssConnectWiseConnector.Sync.Subscriptions;

/// <summary>
/// Creates a customer's agreement of a type: named "{account} – {type}", for the account's company, with the
/// account's primary contact (or the company's default contact), starting with its earliest subscription, with no end,
/// and the billing settings the agreement type gives new agreements.
/// </summary>
internal sealed class AgreementFactory
{
    /// <summary>The most characters ConnectWise keeps in an agreement name.</summary>
    public const int NameMaxLength = 100;

    private readonly ModuleContext _services;
    private readonly DefaultContacts _defaultContacts;

    /// <summary>Initializes a new instance of the <see cref="AgreementFactory"/> class.</summary>
    /// <param name="services">The session's services.</param>
    /// <param name="defaultContacts">The companies' default contacts, read per batch.</param>
    public AgreementFactory(ModuleContext services, DefaultContacts defaultContacts)
    {
        _services = services;
        _defaultContacts = defaultContacts;
    }

    /// <summary>Builds the agreement to create.</summary>
    /// <param name="key">The company and type.</param>
    /// <param name="plans">The subscriptions that will sit on it.</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    /// <returns>The agreement, or why it cannot be created.</returns>
    public async Task<(Agreement? Agreement, FailureKind? Kind, string? Reason)> BuildAsync(AgreementKey key, IReadOnlyList<SubscriptionPlan> plans, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plans);
        var types = await _services.Tables.ReadAsync(_services.Client.AgreementTypes, cancellationToken).ConfigureAwait(false);
        var type = types.FirstOrDefault(t => t.Id == key.TypeId);
        if (type is null)
        {
            return (null, FailureKind.Configuration, string.Create(CultureInfo.InvariantCulture,
                $"The billing cycle lookup maps to agreement type #{key.TypeId}, which ConnectWise does not have; map it to an agreement type of System > Setup Tables > Agreement Type (lookups discover BillingCycle lists them)."));
        }

        var account = await _services.Records.FindAsync<Account>(plans[0].Item.Record.AccountId, cancellationToken).ConfigureAwait(false);
        var contact = await ContactOfAsync(key, account, cancellationToken).ConfigureAwait(false);
        if (contact is null)
        {
            return (null, FailureKind.Data, string.Create(CultureInfo.InvariantCulture,
                $"ConnectWise needs a contact on the new agreement, but the account's primary contact is not linked and company #{key.CompanyId} has no default contact; push the account's primary contact (Contacts) or set the company's default contact."));
        }

        var accountName = account?.Name?.Trim() is { Length: > 0 } named ? named : string.Create(CultureInfo.InvariantCulture, $"Company {key.CompanyId}");
        var name = $"{accountName} – {type.Name}";
        var start = plans.Select(p => p.Item.Record.StartDate).Where(d => d is not null).Min()
            ?? DateOnly.FromDateTime(_services.Time.GetUtcNow().UtcDateTime);
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
        if (account is not null && await Linking.AgreementTerms.FindAsync(_services.Links, account.Id, key.CompanyId, cancellationToken).ConfigureAwait(false) is { ContactId: { } chosen })
        {
            return chosen;
        }

        if (!string.IsNullOrWhiteSpace(account?.PrimaryContactId))
        {
            var links = await _services.Links.GetManyAsync(BssModules.Contacts, [account.PrimaryContactId], cancellationToken).ConfigureAwait(false);
            if (links.TryGetValue(account.PrimaryContactId, out var link) && int.TryParse(link.RemoteId, NumberStyles.None, CultureInfo.InvariantCulture, out var linked))
            {
                return linked;
            }
        }

        return await _defaultContacts.GetAsync(key.CompanyId, cancellationToken).ConfigureAwait(false);
    }
}
