using Bss.IntegrationFramework;
using BssConnectWiseConnector.Sync;

namespace BssConnectWiseConnector.Diagnostics;

/// <summary>
/// The preflight's permission findings, each worded as what was proven. A count read proves the Inquire level only;
/// ConnectWise grants Add, Edit and Delete separately, and no source documents a request that tests them without
/// writing (docs/connectwise-api.md, "Security roles"), so those levels are named as not proven.
/// </summary>
internal static class PermissionFindings
{
    /// <summary>The finding for a probe whose count ConnectWise answered.</summary>
    /// <param name="area">The finding's area.</param>
    /// <param name="probe">The probe.</param>
    /// <returns>An Ok finding saying Inquire is proven and which levels are not.</returns>
    public static CheckFinding Readable(string area, PermissionProbe probe)
    {
        ArgumentNullException.ThrowIfNull(probe);
        var unproven = Names(probe.Needed & ~SecurityLevels.Inquire);
        if (unproven.Length == 0)
        {
            return new CheckFinding(CheckSeverity.Ok, area, $"The API member can read {probe.Reads} ({probe.Function}: Inquire proven).");
        }

        return new CheckFinding(
            CheckSeverity.Ok,
            area,
            $"The API member can read {probe.Reads} ({probe.Function}: Inquire proven; {unproven} not proven: ConnectWise has no request that tests a write level without writing, so a missing level shows on the first push as a Permission failure naming it).",
            $"Make sure the API member's security role has {probe.Function} with {unproven} Level = All.");
    }

    /// <summary>The finding for a probe ConnectWise refused.</summary>
    /// <param name="area">The finding's area.</param>
    /// <param name="probe">The probe.</param>
    /// <param name="module">The module that cannot run.</param>
    /// <returns>An Error finding naming the function and the levels to grant.</returns>
    public static CheckFinding Unreadable(string area, PermissionProbe probe, string module)
    {
        ArgumentNullException.ThrowIfNull(probe);
        return new CheckFinding(
            CheckSeverity.Error,
            area,
            $"The API member cannot read {probe.Reads}: ConnectWise refused {probe.Function} at the Inquire level; the {module} module cannot run.",
            $"In ConnectWise, give the API member's security role {probe.Function} with {Names(probe.Needed)} Level = All, or switch the {module} operations off.");
    }

    /// <summary>Why the check does not probe System > Table Setup.</summary>
    /// <returns>An Ok, informational finding.</returns>
    public static CheckFinding SetupTables() => new(
        CheckSeverity.Ok,
        "Permission (setup tables)",
        $"Setup tables (statuses, types, categories, currencies, …) are served at inquiry level without {SecurityFunctions.TableSetup} (Developer Guide, Security), so reading them proves nothing about it; the connector only reads them and needs no Table Setup level.");

    private static string Names(SecurityLevels levels) =>
        string.Join(", ", new[] { SecurityLevels.Inquire, SecurityLevels.Add, SecurityLevels.Edit, SecurityLevels.Delete }
            .Where(level => levels.HasFlag(level))
            .Select(level => level.ToString()));
}
