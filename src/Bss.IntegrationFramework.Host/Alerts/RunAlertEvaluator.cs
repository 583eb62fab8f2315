using System.Globalization;
using Bss.IntegrationFramework.Host.Lookups;
using Bss.IntegrationFramework.Host.Storage;
using Bss.IntegrationFramework.Host.Sync;

namespace Bss.IntegrationFramework.Host.Alerts;

/// <summary>
/// Judges every alert condition from what a run did: which conditions it could judge, and the causes it found.
/// A condition the run could not judge (a module that did not run, a preflight that could not be made) keeps its
/// alerts as they are; a judged condition without a finding closes its open alerts.
/// </summary>
/// <param name="services">The host services.</param>
internal sealed class RunAlertEvaluator(HostServices services)
{
    // The connector's reasons for a subscription changed by hand in ConnectWise all name the drift policy
    // ("... (drift policy ReportOnly)", "... (drift policy BssWins)"): the host's only view of drift.
    private const string DriftMarker = "drift policy";

    private const int IdsShown = 10;

    /// <summary>Judges the conditions.</summary>
    /// <param name="outcome">The run.</param>
    /// <param name="settings">The instance's alert settings.</param>
    /// <param name="open">The instance's open alerts.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The conditions judged, and the causes found.</returns>
    public async Task<(IReadOnlySet<AlertCondition> Judged, IReadOnlyList<AlertFinding> Findings)> EvaluateAsync(
        RunOutcome outcome, AlertSettings settings, IReadOnlyList<AlertRecord> open, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(open);
        var judged = new HashSet<AlertCondition>();
        var findings = new List<AlertFinding>();
        var name = outcome.Runtime.Instance.Name;

        await JudgeAccessAsync(outcome, settings, open, judged, findings, cancellationToken).ConfigureAwait(false);

        if (settings.Of(AlertCondition.UnmappedLookupValues).Enabled)
        {
            var context = outcome.Runtime.Context;
            var unmapped = await new UnmappedLookupValues(services).FindAsync(name, outcome.Runtime.Connector.Manifest, context.Lookups, context.Options, cancellationToken).ConfigureAwait(false);
            findings.AddRange(unmapped
                .Where(f => f.Severity == CheckSeverity.Error)
                .Select(f => new AlertFinding(AlertCondition.UnmappedLookupValues, f.Area, f.Message, f.Fix ?? $"Map them with 'lookups discover {name} --apply'.")));
        }

        judged.Add(AlertCondition.UnmappedLookupValues);

        if (settings.Of(AlertCondition.RecordsQuarantined).Enabled)
        {
            var failures = await new FailureStore(services.Database, outcome.Runtime.Instance.Id).GetAsync(null, cancellationToken).ConfigureAwait(false);
            foreach (var module in failures.Values.Where(f => f.Quarantined).GroupBy(f => f.Module, StringComparer.OrdinalIgnoreCase).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                var ids = module.Select(f => f.BssId).Order(StringComparer.Ordinal).ToList();
                findings.Add(new AlertFinding(
                    AlertCondition.RecordsQuarantined,
                    module.Key,
                    $"{Wording.Count(ids.Count, $"{module.Key} record")} quarantined after failing again and again: {Ids(ids)}.",
                    $"Read each reason with 'report {name} --failed', fix the record or the setting, then run 'resync {name} {module.Key} ID' (or '*' for all of them)."));
            }
        }

        judged.Add(AlertCondition.RecordsQuarantined);

        if (outcome.Result is { } result)
        {
            JudgeFailedRecords(name, result, settings, findings);
            judged.Add(AlertCondition.FailedRecords);
            if (JudgeDrift(name, result, settings, findings))
            {
                judged.Add(AlertCondition.DriftReported);
            }
        }

        if (settings.Of(AlertCondition.RunNotSucceeded).Enabled
            && await services.Alerts.GetLastCompletionAsync(outcome.Runtime.Instance.Id, cancellationToken).ConfigureAwait(false) is { } since)
        {
            var threshold = settings.DurationThreshold(AlertCondition.RunNotSucceeded);
            var now = services.TimeProvider.GetUtcNow();
            if (now - since > threshold)
            {
                var last = outcome.FailureMessage is null ? string.Empty : $" The last run failed: {outcome.FailureMessage}";
                findings.Add(new AlertFinding(
                    AlertCondition.RunNotSucceeded,
                    string.Empty,
                    string.Create(CultureInfo.InvariantCulture, $"No run of {name} has completed since {since:u} (longer than {settings.Of(AlertCondition.RunNotSucceeded).Threshold}).{last}"),
                    $"Read why with 'report {name} --runs 5' and 'check {name}'; fix the cause, then run 'sync {name}'."));
            }
        }

        judged.Add(AlertCondition.RunNotSucceeded);
        await JudgeCallbacksAsync(outcome, settings, judged, findings, cancellationToken).ConfigureAwait(false);
        return (judged, findings);
    }

    /// <summary>
    /// Callbacks are silent when they are enabled, the run pulled changes of a notified module, and nothing arrived
    /// (since they were enabled) for longer than the threshold; a callback within it closes the alert, and a run that
    /// pulled nothing cannot tell (the alert stays as it is).
    /// </summary>
    private async Task JudgeCallbacksAsync(RunOutcome outcome, AlertSettings settings, HashSet<AlertCondition> judged, List<AlertFinding> findings, CancellationToken cancellationToken)
    {
        var callbacks = await new Callbacks.CallbackStore(services.Database).GetSettingsAsync(outcome.Runtime.Instance.Id, cancellationToken).ConfigureAwait(false);
        if (callbacks is null || !settings.Of(AlertCondition.CallbacksSilent).Enabled)
        {
            judged.Add(AlertCondition.CallbacksSilent);
            return;
        }

        var threshold = settings.DurationThreshold(AlertCondition.CallbacksSilent);
        var lastSignal = callbacks.LastReceivedAt ?? callbacks.EnabledAt;
        var now = services.TimeProvider.GetUtcNow();
        if (now - lastSignal <= threshold)
        {
            judged.Add(AlertCondition.CallbacksSilent);
            return;
        }

        var pulled = outcome.Result?.Modules
            .Where(m => m.Direction == "pull" && callbacks.Modules.Contains(m.Module, StringComparer.OrdinalIgnoreCase))
            .Sum(m => m.Pulled) ?? 0;
        if (pulled == 0)
        {
            return;
        }

        var name = outcome.Runtime.Instance.Name;
        var since = callbacks.LastReceivedAt is { } at ? string.Create(CultureInfo.InvariantCulture, $"the last one arrived {at:u}") : string.Create(CultureInfo.InvariantCulture, $"none arrived since they were enabled {callbacks.EnabledAt:u}");
        judged.Add(AlertCondition.CallbacksSilent);
        findings.Add(new AlertFinding(
            AlertCondition.CallbacksSilent,
            string.Empty,
            $"Callbacks look broken: polling pulled {Wording.Count(pulled, "changed record")}, yet no callback arrived for longer than {settings.Of(AlertCondition.CallbacksSilent).Threshold} ({since}).",
            $"Check that ConnectWise reaches {callbacks.PublicUrl} (TLS proxy, firewall), read 'callbacks show {name}' (ConnectWise deactivates a callback that keeps failing), then run 'callbacks enable {name} --url …' again."));
    }

    private async Task JudgeAccessAsync(RunOutcome outcome, AlertSettings settings, IReadOnlyList<AlertRecord> open, HashSet<AlertCondition> judged, List<AlertFinding> findings, CancellationToken cancellationToken)
    {
        var credentials = settings.Of(AlertCondition.CredentialsRefused).Enabled;
        var permissions = settings.Of(AlertCondition.PermissionMissing).Enabled;
        if (!credentials && !permissions)
        {
            judged.Add(AlertCondition.CredentialsRefused);
            judged.Add(AlertCondition.PermissionMissing);
            return;
        }

        // The preflight costs requests: it is made only when the run hints at refused access, or to see an
        // open alert's cause gone. A healthy run sends nothing more.
        var hinted = outcome.FailureMessage is not null
            || (outcome.Result?.Results.Any(r => r.FailureKind is nameof(FailureKind.Configuration) or nameof(FailureKind.Permission)) ?? false)
            || open.Any(a => a.Condition is AlertCondition.CredentialsRefused or AlertCondition.PermissionMissing);
        if (!hinted)
        {
            return;
        }

        CheckReport report;
        try
        {
            var session = await outcome.Runtime.Connector.OpenSessionAsync(outcome.Runtime.Context, cancellationToken).ConfigureAwait(false);
            await using (session.ConfigureAwait(false))
            {
                report = await session.CheckAsync(cancellationToken).ConfigureAwait(false);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The preflight could not be made (settings not usable, site unreachable): access is not judged.
            return;
        }

        // Findings the preflight could not reach (it stops at refused credentials) say nothing of permissions.
        var refused = report.Findings.Where(f => f.Severity == CheckSeverity.Error && IsCredentials(f.Area)).ToList();
        var reachedCredentials = report.Findings.Any(f => IsCredentials(f.Area));
        if (!reachedCredentials)
        {
            return;
        }

        judged.Add(AlertCondition.CredentialsRefused);
        if (credentials)
        {
            findings.AddRange(refused.Select(f => new AlertFinding(AlertCondition.CredentialsRefused, string.Empty, Redact(f.Message), Redact(f.Fix ?? "Check the keys and the Client Id."))));
        }

        if (refused.Count > 0)
        {
            return;
        }

        judged.Add(AlertCondition.PermissionMissing);
        if (permissions)
        {
            foreach (var group in report.Findings.Where(f => f.Severity == CheckSeverity.Error && f.Area.StartsWith("Permission", StringComparison.OrdinalIgnoreCase)).GroupBy(f => ModuleOf(f.Area), StringComparer.OrdinalIgnoreCase))
            {
                findings.Add(new AlertFinding(
                    AlertCondition.PermissionMissing,
                    group.Key,
                    Redact(string.Join(" ", group.Select(f => f.Message))),
                    Redact(string.Join(" ", group.Select(f => f.Fix).OfType<string>().Distinct(StringComparer.Ordinal)))));
            }
        }
    }

    private static void JudgeFailedRecords(string name, SyncRunResult result, AlertSettings settings, List<AlertFinding> findings)
    {
        if (!settings.Of(AlertCondition.FailedRecords).Enabled)
        {
            return;
        }

        // Records held in quarantine are not attempted; they are counted by RecordsQuarantined, not here.
        var failed = result.Results
            .Where(r => r.Outcome == nameof(PushOutcome.Failed) || (r.Outcome == RecordOutcomes.Quarantined && r.Operation != "None"))
            .ToList();
        var threshold = settings.CountThreshold(AlertCondition.FailedRecords);
        if (failed.Count <= threshold)
        {
            return;
        }

        var perModule = string.Join(", ", failed.GroupBy(r => r.Module, StringComparer.Ordinal).Select(g => $"{g.Key} {g.Count()}"));
        findings.Add(new AlertFinding(
            AlertCondition.FailedRecords,
            string.Empty,
            string.Create(CultureInfo.InvariantCulture, $"Run {result.RunId}: {Wording.Count(failed.Count, "record")} failed, more than the threshold of {threshold} ({perModule})."),
            string.Create(CultureInfo.InvariantCulture, $"Read each reason with 'report {name} --run {result.RunId} --failed' and fix what it says.")));
    }

    private static bool JudgeDrift(string name, SyncRunResult result, AlertSettings settings, List<AlertFinding> findings)
    {
        var pushed = result.Modules.Any(m => string.Equals(m.Module, BssModules.Subscriptions, StringComparison.OrdinalIgnoreCase) && m.Direction == "push" && m.Note is null);
        if (!pushed)
        {
            return false;
        }

        if (settings.Of(AlertCondition.DriftReported).Enabled)
        {
            var drifted = result.Results
                .Where(r => string.Equals(r.Module, BssModules.Subscriptions, StringComparison.OrdinalIgnoreCase) && r.Reason is not null && r.Reason.Contains(DriftMarker, StringComparison.OrdinalIgnoreCase))
                .Select(r => r.BssId)
                .Distinct(StringComparer.Ordinal)
                .Order(StringComparer.Ordinal)
                .ToList();
            if (drifted.Count > 0)
            {
                findings.Add(new AlertFinding(
                    AlertCondition.DriftReported,
                    BssModules.Subscriptions,
                    string.Create(CultureInfo.InvariantCulture, $"Run {result.RunId}: {Wording.Count(drifted.Count, "subscription")} changed by hand in ConnectWise since the last push: {Ids(drifted)}."),
                    string.Create(CultureInfo.InvariantCulture, $"Compare both values in 'report {name} --run {result.RunId}' and settle each in the BSS or in ConnectWise (or set the SubscriptionDriftPolicy).")));
            }
        }

        return true;
    }

    private static bool IsCredentials(string area) =>
        string.Equals(area, "Credentials", StringComparison.OrdinalIgnoreCase) || string.Equals(area, "Client Id", StringComparison.OrdinalIgnoreCase);

    private static string ModuleOf(string area)
    {
        var open = area.IndexOf('(', StringComparison.Ordinal);
        var close = area.LastIndexOf(')');
        return open >= 0 && close > open ? area[(open + 1)..close].Trim() : area;
    }

    private static string Ids(List<string> ids) =>
        ids.Count <= IdsShown ? string.Join(", ", ids) : $"{string.Join(", ", ids.Take(IdsShown))} and {ids.Count - IdsShown} more";

    private string Redact(string text) => services.Redactor.Redact(text) ?? string.Empty;
}
