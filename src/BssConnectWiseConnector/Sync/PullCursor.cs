using System.Globalization;
using Newtonsoft.Json;

namespace BssConnectWiseConnector.Sync;

/// <summary>
/// Where an incremental pull stands, saved by the host after each stored page: the changes since <see cref="Since"/>
/// are read in id order, <see cref="AfterId"/> is the last id stored, and <see cref="NextSince"/> becomes the next
/// pull's <see cref="Since"/> once this one completes. An interrupted pull resumes after the last stored page.
/// </summary>
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

    /// <summary>Reads a saved cursor; an unreadable one starts a full read.</summary>
    /// <param name="text">The saved text.</param>
    /// <returns>The cursor.</returns>
    public static PullCursor Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return new PullCursor();
        }

        try
        {
            return JsonConvert.DeserializeObject<PullCursor>(text, new JsonSerializerSettings { DateParseHandling = DateParseHandling.DateTimeOffset, Culture = CultureInfo.InvariantCulture }) ?? new PullCursor();
        }
        catch (JsonException)
        {
            return new PullCursor();
        }
    }

    /// <summary>Writes the cursor.</summary>
    /// <returns>The text to save.</returns>
    public string Serialize() => JsonConvert.SerializeObject(
        // The format writes the offset's clock with a Z, so the times go out in UTC.
        this with { Since = Since?.ToUniversalTime(), NextSince = NextSince?.ToUniversalTime() },
        new JsonSerializerSettings { NullValueHandling = NullValueHandling.Ignore, DateFormatString = "yyyy-MM-dd'T'HH:mm:ss'Z'", DateTimeZoneHandling = DateTimeZoneHandling.Utc });
}
