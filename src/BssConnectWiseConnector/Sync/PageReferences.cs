using System.Globalization;
using Bss.IntegrationFramework;

namespace BssConnectWiseConnector.Sync;

/// <summary>
/// The links of the records a pulled page refers to in other modules (a contact's company, a company's parent and
/// default contact), read in one store query per module for the whole page instead of one per record (issue 16). A
/// reference the page did not name (the merge's earlier version of a record, say) is read from the store as before.
/// </summary>
internal sealed class PageReferences
{
    private readonly IIntegrationLinkStore _links;
    private readonly Dictionary<string, (HashSet<string> Asked, IReadOnlyDictionary<string, IntegrationLink> Found)> _byModule;

    private PageReferences(IIntegrationLinkStore links, Dictionary<string, (HashSet<string>, IReadOnlyDictionary<string, IntegrationLink>)> byModule)
    {
        _links = links;
        _byModule = byModule;
    }

    /// <summary>Reads the links of every reference of a page: one query per module that the page refers to.</summary>
    /// <param name="links">The link store.</param>
    /// <param name="references">The page's references: the module of the record referred to and its ConnectWise id, if any.</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    /// <returns>The page's references.</returns>
    public static async Task<PageReferences> ReadAsync(IIntegrationLinkStore links, IEnumerable<(string Module, int? RemoteId)> references, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(links);
        ArgumentNullException.ThrowIfNull(references);
        var byModule = new Dictionary<string, (HashSet<string>, IReadOnlyDictionary<string, IntegrationLink>)>(StringComparer.Ordinal);
        foreach (var module in references.Where(r => r.RemoteId is not null).GroupBy(r => r.Module, StringComparer.Ordinal))
        {
            var asked = module.Select(r => Text(r.RemoteId!.Value)).ToHashSet(StringComparer.Ordinal);
            byModule[module.Key] = (asked, await links.FindByRemoteIdsAsync(module.Key, asked, cancellationToken).ConfigureAwait(false));
        }

        return new PageReferences(links, byModule);
    }

    /// <summary>Gets the links found for the page's references.</summary>
    public IEnumerable<IntegrationLink> Links => _byModule.Values.SelectMany(read => read.Found.Values);

    /// <summary>Finds the BSS id of a referenced ConnectWise record.</summary>
    /// <param name="module">The module of the record referred to.</param>
    /// <param name="remoteId">Its ConnectWise id, or <see langword="null"/> when the record refers to none.</param>
    /// <param name="cancellationToken">Cancels a read the page did not make.</param>
    /// <returns>The BSS id, or <see langword="null"/> when the record is not linked.</returns>
    public async Task<string?> BssIdAsync(string module, int? remoteId, CancellationToken cancellationToken)
    {
        if (remoteId is null)
        {
            return null;
        }

        var id = Text(remoteId.Value);
        if (_byModule.TryGetValue(module, out var read) && read.Asked.Contains(id))
        {
            return read.Found.TryGetValue(id, out var link) ? link.BssId : null;
        }

        return await LinkIndex.BssIdAsync(_links, module, remoteId, cancellationToken).ConfigureAwait(false);
    }

    private static string Text(int id) => id.ToString(CultureInfo.InvariantCulture);
}
