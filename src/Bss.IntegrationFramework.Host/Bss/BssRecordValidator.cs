namespace Bss.IntegrationFramework.Host.Bss;

/// <summary>The rules a BSS record must meet before the host stores it: ids, required fields, references.</summary>
internal static class BssRecordValidator
{
    /// <summary>Validates records read from one file.</summary>
    /// <param name="records">The records with their entity and location in the file.</param>
    /// <param name="knownIds">Ids already in the BSS store, by entity name.</param>
    /// <param name="refused">Records of the file refused already, by entity name and id, with their location: a reference to one is refused with that reason.</param>
    /// <returns>Every problem found.</returns>
    public static IEnumerable<BssFileError> Validate(
        IReadOnlyList<(BssEntity Entity, string Location, BssRecord Record)> records,
        IReadOnlyDictionary<string, IReadOnlySet<string>> knownIds,
        IReadOnlyDictionary<string, Dictionary<string, string>>? refused = null)
    {
        refused ??= new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(knownIds);
        var ids = BssEntity.All.ToDictionary(
            e => e.Name,
            e => new HashSet<string>(knownIds.TryGetValue(e.Name, out var known) ? known : [], StringComparer.Ordinal),
            StringComparer.Ordinal);
        var seen = new HashSet<(string, string)>();
        var errors = new List<BssFileError>();
        foreach (var (entity, location, record) in records)
        {
            if (string.IsNullOrWhiteSpace(record.Id))
            {
                errors.Add(new BssFileError(location, "id is required"));
            }
            else if (!seen.Add((entity.Name, record.Id)))
            {
                errors.Add(new BssFileError(location, $"id {record.Id} appears more than once in {entity.Name}"));
            }

            ids[entity.Name].Add(record.Id);
        }

        foreach (var (_, location, record) in records)
        {
            errors.AddRange(Rules(record, ids, refused).Select(message => new BssFileError(location, message)));
        }

        return errors;
    }

    private static IEnumerable<string> Rules(BssRecord record, Dictionary<string, HashSet<string>> ids, IReadOnlyDictionary<string, Dictionary<string, string>> refused) => record switch
    {
        Account a => Join(
            Required(a.Name, "name"),
            Currency(a.Currency),
            Reference(a.ParentAccountId, "parentAccountId", "accounts", ids, refused),
            a.ParentAccountId is not null && a.ParentAccountId == a.Id ? ["parentAccountId cannot be the account itself"] : []),
        Contact c => Join(
            Reference(c.AccountId, "accountId", "accounts", ids, refused, required: true),
            string.IsNullOrWhiteSpace(c.FirstName) && string.IsNullOrWhiteSpace(c.LastName) ? ["firstName or lastName is required"] : [],
            c.Email is { Length: > 0 } email && !email.Contains('@', StringComparison.Ordinal) ? [$"email '{email}' is not an e-mail address"] : []),
        Product p => Join(
            Required(p.Name, "name"),
            NotNegative(p.Price, "price"),
            NotNegative(p.Cost, "cost")),
        Subscription s => Join(
            Reference(s.AccountId, "accountId", "accounts", ids, refused, required: true),
            Reference(s.ProductId, "productId", "products", ids, refused, required: true),
            NotNegative(s.Quantity, "quantity"),
            NotNegative(s.UnitPrice, "unitPrice"),
            NotNegative(s.UnitCost, "unitCost"),
            s.EndDate < s.StartDate ? ["endDate is before startDate"] : []),
        Order o => Join(
            Reference(o.AccountId, "accountId", "accounts", ids, refused, required: true),
            Reference(o.ContactId, "contactId", "contacts", ids, refused),
            Currency(o.Currency),
            o.Lines.SelectMany((l, i) => Join(
                Reference(l.ProductId, $"lines[{i}].productId", "products", ids, refused, required: true),
                l.Quantity <= 0 ? [$"lines[{i}].quantity must be more than 0"] : []))),
        Invoice v => Join(
            Reference(v.AccountId, "accountId", "accounts", ids, refused, required: true),
            Currency(v.Currency),
            v.DueDate < v.Date ? ["dueDate is before date"] : [],
            v.Lines.SelectMany((l, i) => Reference(l.ProductId, $"lines[{i}].productId", "products", ids, refused, required: true))),
        Payment p => Join(
            Reference(p.InvoiceId, "invoiceId", "invoices", ids, refused, required: true),
            p.Amount <= 0 ? ["amount must be more than 0"] : []),
        _ => [],
    };

    private static IEnumerable<string> Join(params IEnumerable<string>[] parts) => parts.SelectMany(p => p);

    private static IEnumerable<string> Required(string? value, string field) =>
        string.IsNullOrWhiteSpace(value) ? [$"{field} is required"] : [];

    private static IEnumerable<string> NotNegative(decimal? value, string field) =>
        value < 0 ? [$"{field} cannot be negative"] : [];

    private static IEnumerable<string> Currency(string? code) =>
        code is null || (code.Length == 3 && code.All(char.IsAsciiLetterUpper)) ? [] : [$"currency '{code}' is not an ISO 4217 code such as USD"];

    private static IEnumerable<string> Reference(string? id, string field, string entity, Dictionary<string, HashSet<string>> ids, IReadOnlyDictionary<string, Dictionary<string, string>> refused, bool required = false)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            return required ? [$"{field} is required"] : [];
        }

        if (ids[entity].Contains(id))
        {
            return [];
        }

        return refused.TryGetValue(entity, out var refusedIds) && refusedIds.TryGetValue(id, out var location)
            ? [$"{field} {id} names a refused record ({location})"]
            : [$"{field} {id} names no record of {entity} in the file or the store"];
    }
}
