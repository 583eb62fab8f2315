using Bss.IntegrationFramework;
using BssConnectWiseConnector.Http;
using BssConnectWiseConnector.Http.Errors;
using BssConnectWiseConnector.Lookups;
using BssConnectWiseConnector.Settings;
using BssConnectWiseConnector.Sync;

namespace BssConnectWiseConnector.Diagnostics;

/// <summary>
/// Checks, in order: the site answers and its codebase resolves; the keys and clientId are accepted; for every
/// module with an enabled operation, the API member's permissions as far as a read can prove them (Inquire; the
/// write levels are named as not proven), and that every id its server variables and lookups name exists and is
/// active. Every finding says what it proved and what to fix.
/// </summary>
internal sealed class PreflightCheck
{
    private readonly ModuleContext _context;
    private readonly ICodebaseResolver _codebase;
    private readonly IConnectWiseConnection _connection;

    /// <summary>Initializes a new instance of the <see cref="PreflightCheck"/> class.</summary>
    /// <param name="context">The session's module context.</param>
    /// <param name="codebase">The codebase resolver.</param>
    /// <param name="connection">The connection, for permission probes.</param>
    public PreflightCheck(ModuleContext context, ICodebaseResolver codebase, IConnectWiseConnection connection)
    {
        _context = context;
        _codebase = codebase;
        _connection = connection;
    }

    /// <summary>Runs the check.</summary>
    /// <param name="cancellationToken">Cancels the check.</param>
    /// <returns>The findings, errors first.</returns>
    public async Task<CheckReport> RunAsync(CancellationToken cancellationToken)
    {
        var findings = new List<CheckFinding>();
        if (!await CheckConnectionAsync(findings, cancellationToken).ConfigureAwait(false)
            || !await CheckCredentialsAsync(findings, cancellationToken).ConfigureAwait(false))
        {
            return Report(findings);
        }

        var enabled = ModuleCatalog.All.Where(IsEnabled).ToArray();
        if (enabled.Length > 0)
        {
            findings.Add(PermissionFindings.SetupTables());
        }

        foreach (var module in enabled)
        {
            var permitted = await CheckPermissionsAsync(module, findings, cancellationToken).ConfigureAwait(false);
            if (!permitted)
            {
                continue;
            }

            foreach (var source in module.DiscoverySources)
            {
                await CheckIdsAsync(source, findings, cancellationToken).ConfigureAwait(false);
            }

            findings.AddRange(await module.CheckAsync(_context, cancellationToken).ConfigureAwait(false));
        }

        return Report(findings);
    }

    private bool IsEnabled(IModuleRegistration module) =>
        module.Definition.Operations.Any(o => _context.Options.IsEnabled(module.Definition.Name, o));

    private async Task<bool> CheckConnectionAsync(List<CheckFinding> findings, CancellationToken cancellationToken)
    {
        try
        {
            var apiBase = await _codebase.GetApiBaseAsync(cancellationToken).ConfigureAwait(false);
            findings.Add(new CheckFinding(CheckSeverity.Ok, "Connection", $"The site answers; its API is at {apiBase.GetLeftPart(UriPartial.Path)}."));
            return true;
        }
        catch (Exception e) when (e is ConnectWiseSiteException or HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            findings.Add(new CheckFinding(CheckSeverity.Error, "Connection", e.Message, "Check the ConnectWise URL and the Company ID."));
            return false;
        }
    }

    private async Task<bool> CheckCredentialsAsync(List<CheckFinding> findings, CancellationToken cancellationToken)
    {
        try
        {
            var info = await _context.Client.GetSystemInfoAsync(cancellationToken).ConfigureAwait(false);
            findings.Add(new CheckFinding(CheckSeverity.Ok, "Credentials", $"ConnectWise accepts the keys and the Client Id (version {info?.Version ?? "unknown"})."));
            return true;
        }
        catch (ConnectWiseAuthenticationException e) when (e.IsPermission)
        {
            findings.Add(new CheckFinding(CheckSeverity.Ok, "Credentials", "ConnectWise accepts the keys and the Client Id."));
            return true;
        }
        catch (ConnectWiseAuthenticationException e)
        {
            var clientId = (e.ApiMessage ?? string.Empty).Contains("client", StringComparison.OrdinalIgnoreCase);
            findings.Add(new CheckFinding(
                CheckSeverity.Error,
                clientId ? "Client Id" : "Credentials",
                $"ConnectWise refused the {(clientId ? "Client Id" : "credentials")}: {e.ApiMessage ?? e.Code}.",
                clientId
                    ? "Copy the clientId registered on the ConnectWise Developer Network into the Client Id server variable."
                    : "Check the Company ID and the API member's public and private keys (System > Members > API Members > API Keys)."));
            return false;
        }
    }

    private async Task<bool> CheckPermissionsAsync(IModuleRegistration module, List<CheckFinding> findings, CancellationToken cancellationToken)
    {
        var permitted = true;
        var area = $"Permission ({module.Definition.Name})";
        foreach (var probe in module.Permissions)
        {
            try
            {
                await _connection.CountAsync(probe.Route, null, cancellationToken).ConfigureAwait(false);
                findings.Add(PermissionFindings.Readable(area, probe));
            }
            catch (ConnectWiseAuthenticationException)
            {
                permitted = false;
                findings.Add(PermissionFindings.Unreadable(area, probe, module.Definition.Name));
            }
        }

        return permitted;
    }

    private async Task CheckIdsAsync(DiscoverySource source, List<CheckFinding> findings, CancellationToken cancellationToken)
    {
        var variable = ServerVariableCatalog.Find(source.Name);
        var lookup = LookupCatalog.All.FirstOrDefault(l => l.Name == source.Name);
        var entries = lookup is null ? new Dictionary<string, string>() : _context.Lookups.Entries(lookup.Name);
        // Discovery sources of server variables are ConnectWise ids; a secret never shows (ServerVariable.Show).
        var typed = variable is { Type: ServerVariableType.RemoteId } ? variable.Show(_context.Settings) : null;
        if (typed is null && entries.Count == 0)
        {
            if (variable is { Required: false } || lookup is not null)
            {
                findings.Add(new CheckFinding(CheckSeverity.Warning, source.Name,
                    variable is not null ? $"{variable.DisplayName} is not set; {variable.Description}" : $"The {lookup!.Name} lookup maps nothing; {lookup.Description}",
                    variable is not null ? "Set it if the module needs it." : "Map the BSS values in the instance's lookups (lookups discover suggests matches)."));
            }

            return;
        }

        var values = await source.Load(_context, cancellationToken).ConfigureAwait(false);
        if (typed is not null)
        {
            findings.Add(IdCheck.Check(variable!.DisplayName, source.Name, typed, values));
        }

        foreach (var (bssValue, remoteId) in entries)
        {
            findings.Add(IdCheck.Check($"{lookup!.Name} lookup '{bssValue}'", lookup.Target, remoteId, values));
        }
    }

    private static CheckReport Report(List<CheckFinding> findings) =>
        new(findings.OrderByDescending(f => f.Severity).ToArray());
}
