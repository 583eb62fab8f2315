using System.Runtime.CompilerServices;
using Bss.IntegrationFramework;
using BssConnectWiseConnector.Clients;
using BssConnectWiseConnector.Http;

namespace BssConnectWiseConnector.Sync;

/// <summary>
/// Reads a resource for a pull: everything, or what changed since the cursor, in forward-only pages of 1000 (so a
/// full read of N records costs ceil(N/1000) requests and never holds more than one page), each page given with
/// the checkpoint to save once it is stored.
/// </summary>
internal static class IncrementalReader
{
    /// <summary>Reads the pages.</summary>
    /// <typeparam name="T">The ConnectWise record type.</typeparam>
    /// <param name="client">The resource's client.</param>
    /// <param name="request">The host's request with its saved cursor.</param>
    /// <param name="idOf">Reads a record's id.</param>
    /// <param name="time">The local clock, when the server gives no Date header.</param>
    /// <param name="cancellationToken">Cancels between pages.</param>
    /// <returns>Each page with its checkpoint.</returns>
    public static async IAsyncEnumerable<(IReadOnlyList<T> Items, string Checkpoint)> ReadAsync<T>(
        IResourceClient<T> client,
        PullRequest request,
        Func<T, int?> idOf,
        TimeProvider time,
        [EnumeratorCancellation] CancellationToken cancellationToken)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(request);
        var cursor = PullCursor.Parse(request.Cursor);
        var query = new ListQuery
        {
            ForwardOnly = true,
            StartAfterId = cursor.AfterId,
            Conditions = cursor.Since is { } since ? Condition.GreaterThan("lastUpdated", since) : null,
        };

        var nextSince = cursor.NextSince;
        var lastId = cursor.AfterId;
        await foreach (var page in client.ListPagesAsync(query, cancellationToken).ConfigureAwait(false))
        {
            nextSince ??= (page.ServerDate ?? time.GetUtcNow()) - PullCursor.SafetyMargin;
            lastId = page.Items.Select(idOf).Where(id => id is not null).DefaultIfEmpty(lastId).Max();
            var checkpoint = page.HasMore
                ? new PullCursor { Since = cursor.Since, AfterId = lastId, NextSince = nextSince }
                : new PullCursor { Since = nextSince };
            yield return (page.Items, checkpoint.Serialize());
        }
    }
}
