using System.Globalization;
using BssConnectWiseConnector.Clients;

namespace BssConnectWiseConnector.Sync.Callbacks;

/// <summary>
/// Reads the records a change notification named, for a pull by ids: one <c>id in (…)</c> list per batch (split only
/// when the URL would pass its limit), ids ascending; text that is no id names no record, and ids ConnectWise no longer
/// has are simply absent from the answer.
/// </summary>
internal static class RemoteIdReader
{
    public static async Task<IReadOnlyList<T>> ReadAsync<T>(IResourceClient<T> client, IReadOnlyList<string> remoteIds, Func<T, int?> idOf, CancellationToken cancellationToken)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(remoteIds);
        var ids = remoteIds
            .Select(text => int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : 0)
            .Where(id => id > 0)
            .Distinct()
            .Order()
            .Cast<object>()
            .ToArray();
        if (ids.Length == 0)
        {
            return [];
        }

        var found = await client.FindInAsync("id", ids, cancellationToken: cancellationToken).ConfigureAwait(false);
        return [.. found.Where(item => idOf(item) is not null).OrderBy(idOf)];
    }
}
