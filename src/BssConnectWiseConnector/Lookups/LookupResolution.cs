namespace BssConnectWiseConnector.Lookups;

/// <summary>What a lookup says about one BSS value.</summary>
/// <param name="Id">The ConnectWise id when mapped.</param>
/// <param name="Problem">Why it is not, with the fix; <see langword="null"/> when mapped or when there is no value.</param>
public sealed record LookupResolution(int? Id, string? Problem)
{
    /// <summary>Gets the resolution of an empty BSS value.</summary>
    public static LookupResolution NoValue { get; } = new(null, null);

    /// <summary>A mapped value.</summary>
    /// <param name="id">The ConnectWise id.</param>
    /// <returns>The resolution.</returns>
    public static LookupResolution Mapped(int id) => new(id, null);

    /// <summary>An unmapped value.</summary>
    /// <param name="problem">Why, with the fix.</param>
    /// <returns>The resolution.</returns>
    public static LookupResolution Unmapped(string problem) => new(null, problem);
}
