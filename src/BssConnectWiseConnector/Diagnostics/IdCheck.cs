using Bss.IntegrationFramework;

namespace BssConnectWiseConnector.Diagnostics;

/// <summary>Checks that an id an administrator typed exists and is active in a ConnectWise table.</summary>
internal static class IdCheck
{
    /// <summary>Checks one id.</summary>
    /// <param name="area">What holds the id: a server variable, or a lookup entry.</param>
    /// <param name="table">The ConnectWise table the id belongs to.</param>
    /// <param name="id">The id as typed.</param>
    /// <param name="values">The table's values.</param>
    /// <returns>The finding.</returns>
    public static CheckFinding Check(string area, string table, string id, IReadOnlyList<DiscoveredValue> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var value = values.FirstOrDefault(v => v.Id == id.Trim());
        var known = string.Join(", ", values.Where(v => v.Active).Take(12).Select(v => $"{v.Id} = {v.Name}"));
        if (value is null)
        {
            return new CheckFinding(CheckSeverity.Error, area, $"'{id}' is not an id of {table}.", $"Use the id of an active value: {known}.");
        }

        return value.Active
            ? new CheckFinding(CheckSeverity.Ok, area, $"{id} is '{value.Name}' in {table}.")
            : new CheckFinding(CheckSeverity.Error, area, $"{id} ('{value.Name}') is inactive in {table}.", $"Activate it in ConnectWise, or use one of: {known}.");
    }
}
