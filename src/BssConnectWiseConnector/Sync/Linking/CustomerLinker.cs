using System.Globalization;
using Bss.IntegrationFramework;
using BssConnectWiseConnector.Http;
using BssConnectWiseConnector.Mapping;
using BssConnectWiseConnector.Models;
using BssConnectWiseConnector.Sync.Accounts;
using BssConnectWiseConnector.Sync.Merge;
using Contact = BssConnectWiseConnector.Models.Contact;

namespace BssConnectWiseConnector.Sync.Linking;

/// <summary>
/// Links a BSS account by hand to the ConnectWise company an administrator chose (<see cref="ICustomerLinking"/>):
/// company search by name or identifier a page of 25 at a time (one request per page), the company's contacts, and the
/// link itself, which checks everything before writing anything. The account's link is saved with ConnectWise's
/// current values as its snapshot, so the next push adopts the company (no natural-key lookup) and patches only the
/// fields the BSS holds differently; the agreement's contact and price per seat are kept as <see cref="AgreementTerms"/>.
/// </summary>
internal sealed class CustomerLinker : ICustomerLinking
{
    private const string SearchFields = "id,identifier,name";
    private static readonly IReadOnlyList<string> CompanySnapshotFields = [.. AccountsPushDefinition.CompanyFields, "types"];
    private readonly ModuleContext _services;

    /// <summary>Initializes a new instance of the <see cref="CustomerLinker"/> class.</summary>
    /// <param name="services">The session's services.</param>
    public CustomerLinker(ModuleContext services)
    {
        _services = services;
    }

    /// <inheritdoc />
    public async Task<RemoteCompanyPage> SearchCompaniesAsync(string text, string? after, CancellationToken cancellationToken = default)
    {
        int? startAfter = null;
        if (!string.IsNullOrEmpty(after))
        {
            startAfter = int.TryParse(after, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
                ? id
                : throw new ArgumentException($"'{after}' is not the position of a next page (a company id).", nameof(after));
        }

        var query = new ListQuery
        {
            Conditions = SearchCondition(text?.Trim() ?? string.Empty),
            Fields = SearchFields,
            PageSize = RemoteCompanyPage.PageSize,
            ForwardOnly = true,
            StartAfterId = startAfter,
        };
        await foreach (var page in _services.Client.Companies.ListPagesAsync(query, cancellationToken).ConfigureAwait(false))
        {
            var companies = new List<RemoteCompany>(page.Items.Count);
            foreach (var company in page.Items.Where(c => c.Id is not null))
            {
                var owner = await _services.Links.FindByRemoteIdAsync(BssModules.Accounts, IdText(company.Id!.Value), cancellationToken).ConfigureAwait(false);
                companies.Add(Remote(company, owner?.BssId));
            }

            // Only the first page is read: the next one is asked for by its own request.
            return new RemoteCompanyPage
            {
                Companies = companies,
                Next = page.HasMore && page.Items.LastOrDefault(c => c.Id is not null)?.Id is { } last ? IdText(last) : null,
            };
        }

        return new RemoteCompanyPage { Companies = [] };
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<RemoteContact>> ListContactsAsync(string companyId, CancellationToken cancellationToken = default)
    {
        var id = ParseId(companyId) ?? throw new ArgumentException($"'{companyId}' is not a ConnectWise company id.", nameof(companyId));
        var query = new ListQuery { Conditions = Condition.Equal("company/id", id), ForwardOnly = true };
        var contacts = new List<RemoteContact>();
        await foreach (var contact in _services.Client.Contacts.ListAsync(query, cancellationToken).ConfigureAwait(false))
        {
            if (contact.Id is not null && contact.InactiveFlag != true)
            {
                contacts.Add(Remote(contact));
            }
        }

        return [.. contacts.OrderByDescending(c => c.IsDefault).ThenBy(c => c.Name, StringComparer.CurrentCultureIgnoreCase)];
    }

    /// <inheritdoc />
    public async Task<CustomerLinkOutcome> LinkCustomerAsync(CustomerLinkRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var accountId = request.AccountId?.Trim() ?? string.Empty;
        if (request.PricePerSeat is < 0)
        {
            return Refused(FailureKind.Data, accountId, null, string.Create(CultureInfo.InvariantCulture, $"The price per seat is {request.PricePerSeat}; it cannot be negative."));
        }

        int? contactId = null;
        if (!string.IsNullOrWhiteSpace(request.ContactId))
        {
            contactId = ParseId(request.ContactId);
            if (contactId is null)
            {
                return Refused(FailureKind.Data, accountId, null, $"'{request.ContactId.Trim()}' is not a ConnectWise contact id (a whole number).");
            }
        }

        var account = accountId.Length == 0 ? null : await _services.Records.FindAsync<Account>(accountId, cancellationToken).ConfigureAwait(false);
        if (account is null)
        {
            return Refused(FailureKind.Data, accountId, null, $"The BSS has no account '{accountId}'; import it first (bss import), then link it.");
        }

        var name = AccountName(account);
        var company = await FindCompanyAsync(request.Company?.Trim() ?? string.Empty, cancellationToken).ConfigureAwait(false);
        if (company?.Id is not { } companyId)
        {
            return Refused(FailureKind.Data, accountId, account.Name, $"ConnectWise has no company with the id or identifier '{request.Company?.Trim()}'; search for it by name (the Link customer page) or check the identifier.");
        }

        var companyText = IdText(companyId);
        var label = Label(company);
        if (company.DeletedFlag == true)
        {
            return Refused(FailureKind.Data, accountId, account.Name, $"ConnectWise company {label} is deleted; choose an active company.");
        }

        var owner = await _services.Links.FindByRemoteIdAsync(BssModules.Accounts, companyText, cancellationToken).ConfigureAwait(false);
        if (owner is not null && !string.Equals(owner.BssId, accountId, StringComparison.Ordinal))
        {
            var other = await _services.Records.FindAsync<Account>(owner.BssId, cancellationToken).ConfigureAwait(false);
            return Refused(FailureKind.Conflict, accountId, account.Name,
                $"ConnectWise company {label} is already linked to BSS account {AccountName(other, owner.BssId)}; it cannot also be linked to BSS account {name}. Unlink the other account first (unlink <instance> Accounts {owner.BssId}), or choose another company.");
        }

        var current = await _services.Links.GetManyAsync(BssModules.Accounts, [accountId], cancellationToken).ConfigureAwait(false);
        current.TryGetValue(accountId, out var existing);
        if (existing is not null && !string.Equals(existing.RemoteId, companyText, StringComparison.Ordinal))
        {
            return Refused(FailureKind.Conflict, accountId, account.Name,
                $"BSS account {name} is already linked to ConnectWise company #{existing.RemoteId}; unlink it first (unlink <instance> Accounts {accountId}) to link it to company {label}.");
        }

        Contact? contact = null;
        if (contactId is { } chosen)
        {
            contact = await _services.Client.Contacts.GetAsync(chosen, cancellationToken).ConfigureAwait(false);
            if (contact is null)
            {
                return Refused(FailureKind.Data, accountId, account.Name, string.Create(CultureInfo.InvariantCulture, $"ConnectWise has no contact #{chosen}; choose one of company {label}'s contacts."));
            }

            if (contact.Company?.Id != companyId)
            {
                var where = contact.Company?.Id is { } elsewhere ? string.Create(CultureInfo.InvariantCulture, $"company #{elsewhere}{(contact.Company.Name is { Length: > 0 } n ? $" ({n})" : string.Empty)}") : "no company";
                return Refused(FailureKind.Data, accountId, account.Name,
                    string.Create(CultureInfo.InvariantCulture, $"ConnectWise contact #{chosen} ({NameOf(contact)}) belongs to {where}, not to company {label}; choose one of company {label}'s contacts."));
            }
        }

        // Everything is checked: write the account's link (unless it is already this company's), then the terms.
        if (existing is null)
        {
            var snapshot = AgreedSnapshot.Build(null, AgreedSnapshot.Json(company), CompanySnapshotFields, new HashSet<string>(StringComparer.Ordinal));
            await _services.Links.SaveAsync(new IntegrationLink(BssModules.Accounts, accountId, companyText, null, _services.Time.GetUtcNow(), snapshot), cancellationToken).ConfigureAwait(false);
        }

        await new AgreementTerms(companyId, contactId, request.PricePerSeat).SaveAsync(_services.Links, accountId, _services.Time, cancellationToken).ConfigureAwait(false);
        var remoteContact = contact is null ? null : Remote(contact);
        var nextPush = NextPush(account, company);
        var summary = string.Create(CultureInfo.InvariantCulture,
            $"BSS account {name} is linked to ConnectWise company {label}{(existing is null ? string.Empty : " (it already was)")}; the agreement contact is {(remoteContact is null ? "left to the push (the account's primary contact, else the company's default contact)" : $"#{remoteContact.Id} {remoteContact.Name}")}; the price per seat is {(request.PricePerSeat is { } price ? price.ToString(CultureInfo.InvariantCulture) : "each subscription's own")}. The next push adopts this company instead of looking its identifier up.");
        return new CustomerLinkOutcome
        {
            Message = summary,
            AccountId = accountId,
            AccountName = account.Name,
            Company = Remote(company, accountId),
            Contact = remoteContact,
            PricePerSeat = request.PricePerSeat,
            NextPush = nextPush,
        };
    }

    private static Condition? SearchCondition(string text)
    {
        if (text.Length == 0)
        {
            return null;
        }

        // A text holding a character conditions cannot carry is searched for without it (a few more may match).
        return Condition.IsExactlyComparable(text)
            ? Condition.Or(Condition.Contains("name", text), Condition.Contains("identifier", text))
            : Condition.Or(Condition.LikeWithout("name", "*" + text + "*"), Condition.LikeWithout("identifier", "*" + text + "*"));
    }

    private static List<string> NextPush(Account account, Company company)
    {
        var changes = new List<string>();
        var identifier = Mapping.Text.Clean(account.Code) ?? Mapping.Text.Clean(account.Id);
        if (!string.Equals(identifier, company.Identifier, StringComparison.Ordinal))
        {
            changes.Add($"identifier '{company.Identifier}' → '{identifier}'");
        }

        if (!string.Equals(account.Name?.Trim(), company.Name?.Trim(), StringComparison.Ordinal))
        {
            changes.Add($"name '{company.Name}' → '{account.Name}'");
        }

        return changes;
    }

    private static RemoteCompany Remote(Company company, string? linkedAccount) => new()
    {
        Id = IdText(company.Id!.Value),
        Identifier = company.Identifier,
        Name = company.Name ?? string.Empty,
        LinkedAccountId = linkedAccount,
    };

    private static RemoteContact Remote(Contact contact) => new()
    {
        Id = IdText(contact.Id!.Value),
        Name = NameOf(contact),
        Email = contact.CommunicationItems?.Where(i => string.Equals(i.CommunicationType, CommunicationKinds.Email, StringComparison.OrdinalIgnoreCase) || string.Equals(i.Type?.Name, CommunicationKinds.Email, StringComparison.OrdinalIgnoreCase))
            .OrderByDescending(i => i.DefaultFlag == true).Select(i => i.Value).FirstOrDefault(v => !string.IsNullOrWhiteSpace(v)),
        IsDefault = contact.DefaultFlag == true,
    };

    private static string NameOf(Contact contact) =>
        string.Join(' ', new[] { contact.FirstName, contact.LastName }.Where(p => !string.IsNullOrWhiteSpace(p))) is { Length: > 0 } name ? name : "(no name)";

    private static string Label(Company company) =>
        string.Create(CultureInfo.InvariantCulture, $"#{company.Id} {company.Identifier} ({company.Name})");

    private static string AccountName(Account? account, string? id = null) =>
        account is null ? $"'{id}'" : string.IsNullOrWhiteSpace(account.Name) ? $"'{account.Id}'" : $"'{account.Id}' ({account.Name})";

    private static int? ParseId(string? text) =>
        int.TryParse(text?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0 ? id : null;

    private static string IdText(int id) => id.ToString(CultureInfo.InvariantCulture);

    private static CustomerLinkOutcome Refused(FailureKind kind, string accountId, string? accountName, string reason) => new()
    {
        FailureKind = kind,
        Message = reason,
        AccountId = accountId,
        AccountName = accountName,
    };

    // The id first (what the search shows), then the identifier, which may also be all digits.
    private async Task<Company?> FindCompanyAsync(string company, CancellationToken cancellationToken)
    {
        if (company.Length == 0)
        {
            return null;
        }

        if (ParseId(company) is { } id && await _services.Client.Companies.GetAsync(id, cancellationToken).ConfigureAwait(false) is { } byId)
        {
            return byId;
        }

        var found = await _services.Client.Companies.FindInAsync("identifier", [company], cancellationToken: cancellationToken).ConfigureAwait(false);
        return found.FirstOrDefault(c => string.Equals(c.Identifier, company, StringComparison.OrdinalIgnoreCase));
    }
}
