using System.Globalization;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace BssConnectWiseConnector.Sync.Products;

/// <summary>
/// Where a catalog pull stands, so that a resumed or incremental pull neither skips nor repeats a record:
/// <list type="bullet">
/// <item><see cref="Since"/>: the newest <c>lastUpdated</c> of the last completed pull, and <see cref="SeenAtSince"/>
/// the ids already delivered with exactly that time (ConnectWise compares times to the second, so the next pull asks
/// from that second again and skips only those ids);</item>
/// <item>while a pull runs, <see cref="AfterId"/> is the last id of the stored page (forward-only pages go by id) and
/// <see cref="Newest"/>/<see cref="NewestIds"/> the newest time seen so far, which becomes <see cref="Since"/> when the
/// last page is stored.</item>
/// </list>
/// Written as JSON, for example <c>{"since":"2026-11-25T15:00:00Z","seen":[7],"after":1000,"newest":"…","newestIds":[…]}</c>.
/// </summary>
/// <remarks>
/// One case is left to the next change of the record: during a pull of several pages, a record of a page already read
/// is saved, and then a record of a page not yet read is saved later still; the first one's time is then older than
/// the new watermark. Closing it would need the server's clock at the first page, or re-reading from the first page's
/// newest time, which repeats records and, with many records in one second, can repeat them on every pull.
/// </remarks>
internal sealed record ProductPullCursor
{
    /// <summary>Gets the cursor of a full read.</summary>
    public static ProductPullCursor Start { get; } = new();

    /// <summary>Gets the newest <c>lastUpdated</c> of the last completed pull, or <see langword="null"/> for a full read.</summary>
    public DateTimeOffset? Since { get; init; }

    /// <summary>Gets the ids already delivered whose <c>lastUpdated</c> is exactly <see cref="Since"/>.</summary>
    public IReadOnlyList<int> SeenAtSince { get; init; } = [];

    /// <summary>Gets the last id of the stored page of the pull in progress, or <see langword="null"/> between pulls.</summary>
    public int? AfterId { get; init; }

    /// <summary>Gets the newest <c>lastUpdated</c> the pull in progress has seen.</summary>
    public DateTimeOffset? Newest { get; init; }

    /// <summary>Gets the ids the pull in progress has seen with exactly <see cref="Newest"/>.</summary>
    public IReadOnlyList<int> NewestIds { get; init; } = [];

    /// <summary>Reads a cursor.</summary>
    /// <param name="text">The stored text, or <see langword="null"/>.</param>
    /// <returns>The cursor (<see cref="Start"/> for none), or <see langword="null"/> when the text is not a cursor of this module.</returns>
    public static ProductPullCursor? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return Start;
        }

        try
        {
            // Times stay text: the reader would otherwise turn them into local DateTime values.
            using var reader = new JsonTextReader(new StringReader(text)) { DateParseHandling = DateParseHandling.None };
            var json = JObject.Load(reader);
            return new ProductPullCursor
            {
                Since = Time(json.Value<string>("since")),
                SeenAtSince = Ids(json["seen"]),
                AfterId = json.Value<int?>("after"),
                Newest = Time(json.Value<string>("newest")),
                NewestIds = Ids(json["newestIds"]),
            };
        }
        catch (Exception e) when (e is JsonException or FormatException or InvalidCastException or OverflowException)
        {
            return null;
        }
    }

    /// <summary>Reads a ConnectWise time such as <c>2026-11-25T15:00:00Z</c>.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The time, or <see langword="null"/>.</returns>
    public static DateTimeOffset? Time(string? text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var time) ? time : null;

    /// <summary>Tells whether a record still has to be delivered.</summary>
    /// <param name="id">The record's id.</param>
    /// <param name="lastUpdated">Its <c>lastUpdated</c>.</param>
    /// <returns><see langword="false"/> when an earlier pull delivered this version of it.</returns>
    public bool IsNew(int id, DateTimeOffset? lastUpdated) =>
        Since is not { } since || lastUpdated is not { } updated || updated > since || (updated == since && !SeenAtSince.Contains(id));

    /// <summary>Moves past a stored page.</summary>
    /// <param name="page">The ids and times of every record of the page, in id order.</param>
    /// <param name="hasMore">Whether another page follows; after the last page the pull is complete.</param>
    /// <returns>The checkpoint.</returns>
    public ProductPullCursor Advance(IReadOnlyList<(int Id, DateTimeOffset? LastUpdated)> page, bool hasMore)
    {
        ArgumentNullException.ThrowIfNull(page);
        var newest = Newest;
        var newestIds = NewestIds.ToList();
        foreach (var (id, updated) in page)
        {
            if (updated is not { } time || (newest is { } n && time < n))
            {
                continue;
            }

            if (newest != time)
            {
                newest = time;
                newestIds.Clear();
            }

            newestIds.Add(id);
        }

        var running = this with { AfterId = page.Count > 0 ? page[^1].Id : AfterId, Newest = newest, NewestIds = newestIds };
        return hasMore ? running : running.Complete();
    }

    /// <summary>Writes the cursor.</summary>
    /// <returns>The JSON text.</returns>
    public string Format()
    {
        var json = new JObject();
        Add(json, "since", Since);
        if (SeenAtSince.Count > 0)
        {
            json["seen"] = new JArray(SeenAtSince);
        }

        if (AfterId is { } after)
        {
            json["after"] = after;
        }

        Add(json, "newest", Newest);
        if (NewestIds.Count > 0)
        {
            json["newestIds"] = new JArray(NewestIds);
        }

        return json.ToString(Formatting.None);
    }

    private ProductPullCursor Complete()
    {
        if (Newest is not { } newest || (Since is { } since && newest < since))
        {
            return new ProductPullCursor { Since = Since, SeenAtSince = SeenAtSince };
        }

        var seen = Since == newest ? SeenAtSince.Union(NewestIds).Order().ToArray() : NewestIds.Order().ToArray();
        return new ProductPullCursor { Since = newest, SeenAtSince = seen };
    }

    private static void Add(JObject json, string name, DateTimeOffset? time)
    {
        if (time is { } t)
        {
            json[name] = t.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture);
        }
    }

    private static int[] Ids(JToken? token) => token is JArray array ? array.Select(t => t.Value<int>()).ToArray() : [];
}
