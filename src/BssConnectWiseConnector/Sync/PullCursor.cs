using System.Globalization;
using Newtonsoft.Json;

namespace BssConnectWiseConnector.Sync;

/// <summary>
/// Where an incremental pull stands, saved by the host after each stored page: the changes since <see cref="Since"/>
/// are read in id order, <see cref="AfterId"/> is the last id stored, and <see cref="NextSince"/> becomes the next
/// pull's <see cref="Since"/> once this one completes. An interrupted pull resumes after the last stored page.
/// </summary>
/// <remarks>
/// The bound is the server's <c>Date</c> at the start of the pull less <see cref="SafetyMargin"/>, never the newest
/// <c>lastUpdated</c> seen: a record saved while the pull runs, even in a page already read, is newer than the bound
/// and read by the next pull, so no change is missed; changes inside the margin are read twice. A module that must not
/// deliver a record twice keeps the versions it delivered inside the next pull's window (<see cref="Delivered"/>):
/// the next pull skips a record only when it is still exactly the version delivered (same id, same content), so a
/// record changed again within the same second, which ConnectWise's <c>lastUpdated</c> cannot tell apart, is
/// delivered again rather than lost.
/// </remarks>
internal sealed record PullCursor
{
    /// <summary>The margin taken off the server's clock, so a record saved while the pull started is read again rather than missed.</summary>
    public static readonly TimeSpan SafetyMargin = TimeSpan.FromMinutes(1);

    /// <summary>Gets the lower bound of <c>lastUpdated</c> of this pull; <see langword="null"/> for a full read.</summary>
    [JsonProperty("since")]
    public DateTimeOffset? Since { get; init; }

    /// <summary>Gets the id of the last record stored by this pull, when it is under way.</summary>
    [JsonProperty("afterId")]
    public int? AfterId { get; init; }

    /// <summary>Gets the bound the next pull starts from, fixed when this pull started.</summary>
    [JsonProperty("nextSince")]
    public DateTimeOffset? NextSince { get; init; }

    /// <summary>Gets the versions (id → content hash) the previous pull delivered inside this pull's window, when de-duplicating.</summary>
    [JsonProperty("delivered")]
    public IReadOnlyDictionary<int, string>? Delivered { get; init; }

    /// <summary>Gets the versions this pull has delivered so far inside the next pull's window, when de-duplicating.</summary>
    [JsonProperty("delivering")]
    public IReadOnlyDictionary<int, string>? Delivering { get; init; }

    /// <summary>Reads a saved cursor; an unreadable one starts a full read.</summary>
    /// <param name="text">The saved text.</param>
    /// <returns>The cursor.</returns>
    public static PullCursor Parse(string? text)
    {
        // An unreadable cursor is a full read either way: a full read repeats, it never skips.
        return TryParse(text, out var cursor) ? cursor : new PullCursor();
    }

    /// <summary>Reads a saved cursor, telling whether the text was one.</summary>
    /// <param name="text">The saved text.</param>
    /// <param name="cursor">The cursor; a full read when there is none or it is unreadable.</param>
    /// <returns><see langword="false"/> when the text is there but no cursor.</returns>
    public static bool TryParse(string? text, out PullCursor cursor)
    {
        cursor = new PullCursor();
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        try
        {
            cursor = JsonConvert.DeserializeObject<PullCursor>(text, new JsonSerializerSettings { DateParseHandling = DateParseHandling.DateTimeOffset, Culture = CultureInfo.InvariantCulture }) ?? cursor;
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    /// <summary>Writes the cursor.</summary>
    /// <returns>The text to save.</returns>
    public string Serialize() => JsonConvert.SerializeObject(
        // The format writes the offset's clock with a Z, so the times go out in UTC.
        this with { Since = Since?.ToUniversalTime(), NextSince = NextSince?.ToUniversalTime() },
        new JsonSerializerSettings { NullValueHandling = NullValueHandling.Ignore, DateFormatString = "yyyy-MM-dd'T'HH:mm:ss'Z'", DateTimeZoneHandling = DateTimeZoneHandling.Utc });
}
