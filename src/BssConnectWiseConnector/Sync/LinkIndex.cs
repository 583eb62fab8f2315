using System.Globalization;
using Bss.IntegrationFramework;

namespace BssConnectWiseConnector.Sync;

/// <summary>Finds the BSS ids linked to ConnectWise ids while a pull maps a page.</summary>
internal static class LinkIndex
{
    /// <summary>Finds the BSS id of a ConnectWise record.</summary>
    /// <param name="links">The link store.</param>
    /// <param name="module">The module.</param>
    /// <param name="remoteId">The ConnectWise id.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The BSS id, or <see langword="null"/> when the record is not linked.</returns>
    public static async Task<string?> BssIdAsync(IIntegrationLinkStore links, string module, int? remoteId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(links);
        if (remoteId is null)
        {
            return null;
        }

        var link = await links.FindByRemoteIdAsync(module, remoteId.Value.ToString(CultureInfo.InvariantCulture), cancellationToken).ConfigureAwait(false);
        return link?.BssId;
    }
}
