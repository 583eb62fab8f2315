using System.Globalization;
using Bss.IntegrationFramework;
using BssConnectWiseConnector.Mapping;
using BssConnectWiseConnector.Models;
using BssConnectWiseConnector.Sync.Dependencies;

namespace BssConnectWiseConnector.Sync.Documents;

/// <summary>What the records of one batch of documents refer to, resolved once for the whole batch (by <see cref="DocumentBatchLoader"/>): companies, contacts and catalog items.</summary>
internal sealed class DocumentBatch
{
    private readonly IReadOnlyDictionary<string, ResolvedDependency> _companies;
    private readonly IReadOnlyDictionary<string, IntegrationLink> _contacts;
    private readonly IReadOnlyDictionary<string, IntegrationLink> _products;
    private readonly IReadOnlySet<string> _unknownProducts;

    /// <summary>Initializes a new instance of the <see cref="DocumentBatch"/> class.</summary>
    /// <param name="companies">Account id → company.</param>
    /// <param name="contacts">Links of the contacts.</param>
    /// <param name="products">Links of the products.</param>
    /// <param name="unknownProducts">Product ids the BSS does not have.</param>
    public DocumentBatch(
        IReadOnlyDictionary<string, ResolvedDependency> companies,
        IReadOnlyDictionary<string, IntegrationLink> contacts,
        IReadOnlyDictionary<string, IntegrationLink> products,
        IReadOnlySet<string> unknownProducts)
    {
        _companies = companies;
        _contacts = contacts;
        _products = products;
        _unknownProducts = unknownProducts;
    }

    /// <summary>Gets an account's company.</summary>
    /// <param name="accountId">The BSS account id.</param>
    /// <returns>The company, or why there is none.</returns>
    public ResolvedDependency Company(string accountId) =>
        _companies.TryGetValue(accountId ?? string.Empty, out var company)
            ? company
            : ResolvedDependency.Missing(FailureKind.Data, "The record names no account; fill its account id in the BSS.");

    /// <summary>Gets a contact's ConnectWise id, when the contact is linked.</summary>
    /// <param name="contactId">The BSS contact id.</param>
    /// <returns>The id, or <see langword="null"/>.</returns>
    public int? Contact(string? contactId) =>
        contactId is not null && _contacts.TryGetValue(contactId, out var link) ? Parse(link.RemoteId) : null;

    /// <summary>Gets a product's catalog item.</summary>
    /// <param name="productId">The BSS product id.</param>
    /// <param name="line">The line's number, for the reason.</param>
    /// <param name="entity">The document's name, for the reason.</param>
    /// <returns>The catalog item id, or the reason with its failure kind.</returns>
    public (int? CatalogItemId, FailureKind Kind, string? Problem) CatalogItem(string productId, int line, string entity)
    {
        if (string.IsNullOrWhiteSpace(productId))
        {
            return (null, FailureKind.Data, $"Line {line} of the {entity} names no product; fill its product id in the BSS.");
        }

        if (_products.TryGetValue(productId, out var link) && Parse(link.RemoteId) is { } id)
        {
            return (id, FailureKind.Data, null);
        }

        return _unknownProducts.Contains(productId)
            ? (null, FailureKind.Data, $"Line {line} of the {entity} names product '{productId}', which the BSS does not have; fix the line.")
            : (null, FailureKind.Configuration, $"Line {line} of the {entity} names product '{productId}', which is not linked to a ConnectWise catalog item; push the Products module first.");
    }

    /// <summary>
    /// Maps a document's lines in order against the batch's catalog items; a line whose product cannot be placed adds
    /// its problem instead (a Data one to the field rules, the others to the configuration problems).
    /// </summary>
    /// <typeparam name="TLine">The BSS line type.</typeparam>
    /// <param name="lines">The lines.</param>
    /// <param name="productIdOf">Reads a line's product id.</param>
    /// <param name="entity">The document's name, for the reasons.</param>
    /// <param name="billableOption">The billable option every procurement product carries.</param>
    /// <param name="map">Maps one line.</param>
    /// <param name="rules">Where a line's data problem goes.</param>
    /// <param name="configuration">Where a line's configuration problem goes.</param>
    /// <returns>The mapped lines (those that could be).</returns>
    public List<ProcurementProduct> MapLines<TLine>(
        IReadOnlyList<TLine> lines,
        Func<TLine, string> productIdOf,
        string entity,
        string billableOption,
        Func<TLine, LineMappingContext, ProcurementProduct> map,
        FieldRules rules,
        ICollection<string?> configuration)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(productIdOf);
        ArgumentNullException.ThrowIfNull(map);
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(configuration);
        var mapped = new List<ProcurementProduct>(lines.Count);
        for (var index = 0; index < lines.Count; index++)
        {
            var (catalogItem, kind, problem) = CatalogItem(productIdOf(lines[index]), index + 1, entity);
            if (catalogItem is { } item)
            {
                mapped.Add(map(lines[index], new LineMappingContext(item, billableOption, index + 1)));
            }
            else if (kind == FailureKind.Data)
            {
                rules.Add(problem);
            }
            else
            {
                configuration.Add(problem);
            }
        }

        return mapped;
    }

    private static int? Parse(string? text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0 ? id : null;
}
