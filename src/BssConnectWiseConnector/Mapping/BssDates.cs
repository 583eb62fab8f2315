namespace BssConnectWiseConnector.Mapping;

/// <summary>BSS calendar dates as the ConnectWise date-times they are sent as.</summary>
internal static class BssDates
{
    /// <summary>Turns a BSS date into midnight UTC of that day, which ConnectWise shows as the same day.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The date-time, or <see langword="null"/>.</returns>
    public static DateTimeOffset? ToConnectWise(DateOnly? date) =>
        date is { } day ? new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null;
}
