using System.Globalization;
using Bss.IntegrationFramework;

namespace BssConnectWiseConnector.Diagnostics;

/// <summary>Turns ConnectWise setup-table records into the values discovery and the check work with.</summary>
internal static class DiscoveredValues
{
    /// <summary>Turns records into values.</summary>
    /// <typeparam name="T">The record type.</typeparam>
    /// <param name="records">The records.</param>
    /// <param name="id">Reads the id.</param>
    /// <param name="name">Reads the name.</param>
    /// <param name="inactive">Reads the inactive flag.</param>
    /// <returns>The values, in the table's order.</returns>
    public static IReadOnlyList<DiscoveredValue> From<T>(IReadOnlyList<T> records, Func<T, int?> id, Func<T, string?> name, Func<T, bool?> inactive) =>
        records
            .Where(r => id(r) is not null)
            .Select(r => new DiscoveredValue(id(r)!.Value.ToString(CultureInfo.InvariantCulture), name(r) ?? string.Empty, inactive(r) != true))
            .ToArray();
}
