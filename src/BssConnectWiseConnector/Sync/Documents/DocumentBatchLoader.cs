using Bss.IntegrationFramework;
using BssConnectWiseConnector.Sync.Dependencies;

namespace BssConnectWiseConnector.Sync.Documents;

/// <summary>Resolves once what the records of one batch of documents refer to, for the document engine; a definition reads only the <see cref="DocumentBatch"/> it gives.</summary>
internal static class DocumentBatchLoader
{
    /// <summary>Resolves what a batch refers to: accounts (pushed first when not linked), contacts and products.</summary>
    /// <param name="links">The link store (the contacts' and products' links).</param>
    /// <param name="records">The BSS records (whether an unlinked product exists).</param>
    /// <param name="accountIds">The BSS account ids of the batch.</param>
    /// <param name="contactIds">The BSS contact ids of the batch.</param>
    /// <param name="productIds">The BSS product ids of the batch's lines.</param>
    /// <param name="accounts">Resolves the accounts, pushing a missing one first.</param>
    /// <param name="options">The push options.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The batch's references.</returns>
    public static async Task<DocumentBatch> LoadAsync(
        IIntegrationLinkStore links,
        IBssRecordSource records,
        IReadOnlyCollection<string> accountIds,
        IReadOnlyCollection<string> contactIds,
        IReadOnlyCollection<string> productIds,
        IDependencyResolver<Account> accounts,
        PushOptions options,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(accounts);
        var companies = await accounts.ResolveAsync(accountIds, options, cancellationToken).ConfigureAwait(false);
        var contacts = await LinksAsync(links, BssModules.Contacts, contactIds, cancellationToken).ConfigureAwait(false);
        var products = await LinksAsync(links, BssModules.Products, productIds, cancellationToken).ConfigureAwait(false);
        var unknown = new HashSet<string>(StringComparer.Ordinal);
        foreach (var id in productIds.Where(id => !string.IsNullOrWhiteSpace(id) && !products.ContainsKey(id)).Distinct(StringComparer.Ordinal))
        {
            // A product the BSS lacks is a data problem of the line; one it has but not linked is a sync-order problem.
            if (await records.FindAsync<Product>(id, cancellationToken).ConfigureAwait(false) is null)
            {
                unknown.Add(id);
            }
        }

        return new DocumentBatch(companies, contacts, products, unknown);
    }

    private static async Task<IReadOnlyDictionary<string, IntegrationLink>> LinksAsync(IIntegrationLinkStore links, string module, IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        var wanted = ids.Where(id => !string.IsNullOrWhiteSpace(id)).Distinct(StringComparer.Ordinal).ToArray();
        return wanted.Length == 0
            ? new Dictionary<string, IntegrationLink>()
            : await links.GetManyAsync(module, wanted, cancellationToken).ConfigureAwait(false);
    }
}
