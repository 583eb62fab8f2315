namespace BssConnectWiseConnector.Lookups;

/// <summary>An instance's lookup tables as a module reads them: BSS value → ConnectWise id, and back for pulls.</summary>
internal interface ILookupTables
{
    /// <summary>Resolves a BSS value (matched without regard to case or surrounding spaces).</summary>
    /// <param name="lookup">The lookup name.</param>
    /// <param name="bssValue">The BSS value.</param>
    /// <returns>The id, nothing for no value, or the problem that names the fix.</returns>
    LookupResolution Resolve(string lookup, string? bssValue);

    /// <summary>Finds the BSS value a ConnectWise id maps back to, for pulls.</summary>
    /// <param name="lookup">The lookup name.</param>
    /// <param name="remoteId">The ConnectWise id.</param>
    /// <returns>The first BSS value (in ordinal order) mapped to the id, or <see langword="null"/>.</returns>
    string? Reverse(string lookup, int? remoteId);

    /// <summary>Gets the mapped BSS values of a lookup.</summary>
    /// <param name="lookup">The lookup name.</param>
    /// <returns>BSS value → ConnectWise id.</returns>
    IReadOnlyDictionary<string, string> Entries(string lookup);
}
