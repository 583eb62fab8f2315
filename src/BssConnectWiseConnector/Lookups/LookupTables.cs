using System.Globalization;

namespace BssConnectWiseConnector.Lookups;

/// <summary>
/// An instance's lookup tables: BSS value → ConnectWise id. BSS values match without regard to case or
/// surrounding spaces, since administrators type them by hand.
/// </summary>
public sealed class LookupTables : ILookupTables
{
    private readonly Dictionary<string, Dictionary<string, string>> _tables;

    /// <summary>Initializes a new instance of the <see cref="LookupTables"/> class.</summary>
    /// <param name="tables">Lookup name, then BSS value, then ConnectWise id.</param>
    public LookupTables(IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> tables)
    {
        ArgumentNullException.ThrowIfNull(tables);
        _tables = new Dictionary<string, Dictionary<string, string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, table) in tables)
        {
            var entries = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var (bssValue, remoteId) in table)
            {
                entries[bssValue.Trim()] = remoteId.Trim();
            }

            _tables[name] = entries;
        }
    }

    /// <summary>Resolves a BSS value.</summary>
    /// <param name="lookup">The lookup name.</param>
    /// <param name="bssValue">The BSS value.</param>
    /// <returns>What the lookup says about the value.</returns>
    public LookupResolution Resolve(string lookup, string? bssValue)
    {
        if (string.IsNullOrWhiteSpace(bssValue))
        {
            return LookupResolution.NoValue;
        }

        if (!_tables.TryGetValue(lookup, out var table) || !table.TryGetValue(bssValue.Trim(), out var remote))
        {
            return LookupResolution.Unmapped(
                $"The {lookup} lookup does not map the BSS value '{bssValue.Trim()}'; map it in the instance's lookups (lookups set <instance> {lookup} \"{bssValue.Trim()}\" <ConnectWise id>).");
        }

        if (!int.TryParse(remote, NumberStyles.None, CultureInfo.InvariantCulture, out var id) || id <= 0)
        {
            return LookupResolution.Unmapped(
                $"The {lookup} lookup maps '{bssValue.Trim()}' to '{remote}', which is not a ConnectWise id; map it to the id of a ConnectWise value.");
        }

        return LookupResolution.Mapped(id);
    }

    /// <summary>Finds the BSS value a ConnectWise id maps back to, for pulls.</summary>
    /// <param name="lookup">The lookup name.</param>
    /// <param name="remoteId">The ConnectWise id.</param>
    /// <returns>The first BSS value (in ordinal order, so the answer is stable) mapped to the id, or <see langword="null"/>.</returns>
    public string? Reverse(string lookup, int? remoteId)
    {
        if (remoteId is null || !_tables.TryGetValue(lookup, out var table))
        {
            return null;
        }

        var id = remoteId.Value.ToString(CultureInfo.InvariantCulture);
        return table.Where(e => e.Value == id).Select(e => e.Key).OrderBy(k => k, StringComparer.Ordinal).FirstOrDefault();
    }

    /// <summary>Gets the mapped BSS values of a lookup.</summary>
    /// <param name="lookup">The lookup name.</param>
    /// <returns>BSS value → ConnectWise id.</returns>
    public IReadOnlyDictionary<string, string> Entries(string lookup) =>
        _tables.TryGetValue(lookup, out var table) ? table : new Dictionary<string, string>();
}
