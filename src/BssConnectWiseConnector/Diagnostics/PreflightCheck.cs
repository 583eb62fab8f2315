using System.Globalization;
using Bss.IntegrationFramework;
using BssConnectWiseConnector.Http;
using BssConnectWiseConnector.Http.Errors;
using BssConnectWiseConnector.Lookups;
using BssConnectWiseConnector.Models;
using BssConnectWiseConnector.Settings;

namespace BssConnectWiseConnector.Diagnostics;

/// <summary>
/// Checks, in order, that the site answers, the keys and clientId are accepted, and every id the settings and
/// lookups name exists and is active; every finding says what to fix.
/// </summary>
internal sealed class PreflightCheck
{
    private readonly ConnectWiseSettings _settings;
    private readonly ICodebaseResolver _codebase;
    private readonly SetupTableCache _tables;
    private readonly LookupTables _lookups;

    /// <summary>Initializes a new instance of the <see cref="PreflightCheck"/> class.</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="codebase">The codebase resolver.</param>
    /// <param name="tables">The session's setup tables.</param>
    /// <param name="lookups">The lookup tables.</param>
    public PreflightCheck(ConnectWiseSettings settings, ICodebaseResolver codebase, SetupTableCache tables, LookupTables lookups)
    {
        _settings = settings;
        _codebase = codebase;
        _tables = tables;
        _lookups = lookups;
    }

    /// <summary>Runs the check.</summary>
    /// <param name="cancellationToken">Cancels the check.</param>
    /// <returns>The findings, errors first.</returns>
    public async Task<CheckReport> RunAsync(CancellationToken cancellationToken)
    {
        var findings = new List<CheckFinding>();
        try
        {
            var apiBase = await _codebase.GetApiBaseAsync(cancellationToken).ConfigureAwait(false);
            findings.Add(new CheckFinding(CheckSeverity.Ok, "Connection", $"The site answers; its API is at {apiBase.AbsolutePath}."));
        }
        catch (Exception e) when (e is ConnectWiseSiteException or HttpRequestException)
        {
            findings.Add(new CheckFinding(CheckSeverity.Error, "Connection", e.Message, "Check the ConnectWise URL and the Company ID."));
            return Report(findings);
        }

        IReadOnlyList<SetupTableValue> statuses;
        try
        {
            statuses = await _tables.CompanyStatusesAsync().ConfigureAwait(false);
            findings.Add(new CheckFinding(CheckSeverity.Ok, "Credentials", "ConnectWise accepts the keys and the Client Id."));
        }
        catch (ConnectWiseAuthenticationException e) when (!e.IsPermission)
        {
            findings.Add(new CheckFinding(CheckSeverity.Error, "Credentials", $"ConnectWise refused the credentials ({e.ApiMessage ?? e.Code})",
                "Check the Company ID, the public and private keys of the API member, and the Client Id from the Developer Network."));
            return Report(findings);
        }
        catch (ConnectWiseAuthenticationException)
        {
            findings.Add(new CheckFinding(CheckSeverity.Error, "Permission", "The API member may not read company statuses (Companies > Company Maintenance, and System > Table Setup).",
                "Grant Companies > Company Maintenance and System > Table Setup to the API member's security role."));
            return Report(findings);
        }

        findings.Add(CheckId(ServerVariableNames.ImportAccountStatusId, "Company Status", _settings.ImportAccountStatusId, statuses));
        var types = await _tables.CompanyTypesAsync().ConfigureAwait(false);
        foreach (var (bssValue, remoteId) in _lookups.Entries(LookupNames.AccountType))
        {
            var resolution = _lookups.Resolve(LookupNames.AccountType, bssValue);
            findings.Add(resolution.Id is { } id
                ? CheckId($"{LookupNames.AccountType} lookup '{bssValue}'", "Company Type", id, types)
                : new CheckFinding(CheckSeverity.Error, $"{LookupNames.AccountType} lookup", resolution.Problem ?? $"'{remoteId}' is not an id.", "Map it to a company type id."));
        }

        return Report(findings);
    }

    private static CheckFinding CheckId(string area, string table, int id, IReadOnlyList<SetupTableValue> values)
    {
        var value = values.FirstOrDefault(v => v.Id == id);
        var known = string.Join(", ", values.Where(v => v.InactiveFlag != true).Take(10).Select(v => $"{v.Id} {v.Name}"));
        if (value is null)
        {
            return new CheckFinding(CheckSeverity.Error, area, $"{id.ToString(CultureInfo.InvariantCulture)} is not an id of the setup table {table}.", $"Use one of: {known}.");
        }

        return value.InactiveFlag == true
            ? new CheckFinding(CheckSeverity.Error, area, $"{id} ({value.Name}) is inactive in the setup table {table}.", $"Activate it or use one of: {known}.")
            : new CheckFinding(CheckSeverity.Ok, area, $"{id} is '{value.Name}' in the setup table {table}.");
    }

    private static CheckReport Report(List<CheckFinding> findings) =>
        new(findings.OrderByDescending(f => f.Severity).ToArray());
}
