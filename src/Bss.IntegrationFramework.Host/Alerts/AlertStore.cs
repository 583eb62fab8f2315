using Bss.IntegrationFramework.Host.Instances;
using Bss.IntegrationFramework.Host.Storage;
using Microsoft.Data.Sqlite;

namespace Bss.IntegrationFramework.Host.Alerts;

/// <summary>
/// The alerts of instances in the store: each condition's switch and threshold, the webhook (its signing secret
/// encrypted like secret server variables), and the alerts themselves, open until a run sees their cause gone.
/// </summary>
/// <param name="database">The store.</param>
/// <param name="protector">Encrypts the webhook secret at rest, or <see langword="null"/> to store it as typed.</param>
internal sealed class AlertStore(HostDatabase database, SecretProtector? protector)
{
    // The name the webhook secret is bound to when encrypted (the associated data of SecretProtector).
    private const string SecretName = "AlertWebhookSecret";

    private const string AlertColumns = "id, condition, subject, message, fix, opened_at, opened_run_id, last_seen_run_id, closed_at, closed_run_id, delivery";

    /// <summary>Gets an instance's alert settings; conditions never set are on with their default threshold.</summary>
    /// <param name="instanceId">The instance.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The settings.</returns>
    public async Task<AlertSettings> GetSettingsAsync(long instanceId, CancellationToken cancellationToken)
    {
        var connection = await database.ConnectAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var rows = await connection.QueryAsync(
                "SELECT condition, enabled, threshold FROM alert_settings WHERE instance_id = $id;",
                r => (Condition: r.GetString(0), Enabled: r.GetInt64(1) != 0, Threshold: r.GetNullableString(2)),
                cancellationToken,
                ("$id", instanceId)).ConfigureAwait(false);
            var webhook = await connection.QueryAsync(
                "SELECT url, secret FROM alert_webhooks WHERE instance_id = $id;",
                r => (Url: r.GetString(0), Secret: r.GetNullableString(1)),
                cancellationToken,
                ("$id", instanceId)).ConfigureAwait(false);
            var conditions = AlertConditionInfo.All.Select(info =>
            {
                var row = rows.FirstOrDefault(r => string.Equals(r.Condition, info.Condition.ToString(), StringComparison.Ordinal));
                return new AlertConditionSetting(info.Condition, row.Condition is null || row.Enabled, row.Threshold ?? info.DefaultThreshold);
            }).ToList();
            return new AlertSettings(
                conditions,
                webhook.Count == 0 ? null : new Uri(webhook[0].Url),
                webhook.Count > 0 && !string.IsNullOrEmpty(webhook[0].Secret));
        }
    }

    /// <summary>Switches a condition on or off and sets its threshold.</summary>
    /// <param name="instanceId">The instance.</param>
    /// <param name="setting">The setting.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>A task that completes when it is stored.</returns>
    public async Task SetConditionAsync(long instanceId, AlertConditionSetting setting, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(setting);
        var connection = await database.ConnectAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            await connection.ExecuteAsync(
                "INSERT INTO alert_settings (instance_id, condition, enabled, threshold) VALUES ($id, $condition, $on, $threshold) ON CONFLICT (instance_id, condition) DO UPDATE SET enabled = excluded.enabled, threshold = excluded.threshold;",
                cancellationToken,
                null,
                ("$id", instanceId),
                ("$condition", setting.Condition.ToString()),
                ("$on", setting.Enabled ? 1 : 0),
                ("$threshold", setting.Threshold)).ConfigureAwait(false);
        }
    }

    /// <summary>Sets the webhook's address and, when given, its signing secret; a <see langword="null"/> address removes the webhook.</summary>
    /// <param name="instanceId">The instance.</param>
    /// <param name="url">The address, or <see langword="null"/>.</param>
    /// <param name="secret">The signing secret (or <c>env:NAME</c>), or <see langword="null"/> to keep the stored one.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>A task that completes when it is stored.</returns>
    public async Task SetWebhookAsync(long instanceId, Uri? url, string? secret, CancellationToken cancellationToken)
    {
        var connection = await database.ConnectAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            if (url is null)
            {
                await connection.ExecuteAsync("DELETE FROM alert_webhooks WHERE instance_id = $id;", cancellationToken, null, ("$id", instanceId)).ConfigureAwait(false);
                return;
            }

            var stored = secret is null || ServerVariableValues.IsEnvironmentReference(secret) || protector is null ? secret : protector.Protect(SecretName, secret);
            await connection.ExecuteAsync(
                "INSERT INTO alert_webhooks (instance_id, url, secret) VALUES ($id, $url, $secret) ON CONFLICT (instance_id) DO UPDATE SET url = excluded.url, secret = coalesce(excluded.secret, alert_webhooks.secret);",
                cancellationToken,
                null,
                ("$id", instanceId),
                ("$url", url.ToString()),
                ("$secret", stored)).ConfigureAwait(false);
        }
    }

    /// <summary>Gets the webhook's signing secret: decrypted, an environment reference resolved.</summary>
    /// <param name="instanceId">The instance.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The secret, or <see langword="null"/> when none is set.</returns>
    /// <exception cref="HostException">It cannot be decrypted, or the environment variable it names is not set.</exception>
    public async Task<string?> GetWebhookSecretAsync(long instanceId, CancellationToken cancellationToken)
    {
        var connection = await database.ConnectAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var stored = (string?)await connection.ScalarAsync("SELECT secret FROM alert_webhooks WHERE instance_id = $id;", cancellationToken, ("$id", instanceId)).ConfigureAwait(false);
            if (string.IsNullOrEmpty(stored))
            {
                return null;
            }

            if (SecretProtector.IsProtected(stored))
            {
                return (protector ?? throw new HostException($"The alert webhook secret is stored encrypted: give the host its protection key ({SecretProtector.KeyVariable} or --protection-key-file).")).Unprotect(SecretName, stored);
            }

            return ServerVariableValues.Resolve(new Dictionary<string, string?> { ["the alert webhook secret"] = stored })["the alert webhook secret"];
        }
    }

    /// <summary>Gets the stored webhook secret exactly as stored (encrypted values stay encrypted).</summary>
    /// <param name="instanceId">The instance.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The stored text, or <see langword="null"/>.</returns>
    public async Task<string?> GetStoredWebhookSecretAsync(long instanceId, CancellationToken cancellationToken)
    {
        var connection = await database.ConnectAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            return (string?)await connection.ScalarAsync("SELECT secret FROM alert_webhooks WHERE instance_id = $id;", cancellationToken, ("$id", instanceId)).ConfigureAwait(false);
        }
    }

    /// <summary>Gets since when an instance has been without a completed run: the end of its last completed run, else the start of its first run.</summary>
    /// <param name="instanceId">The instance.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The time, or <see langword="null"/> when the instance has never run.</returns>
    public async Task<DateTimeOffset?> GetLastCompletionAsync(long instanceId, CancellationToken cancellationToken)
    {
        var connection = await database.ConnectAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            // Dry runs and cancelled runs say nothing either way; a run with failed records did complete.
            var since = (string?)await connection.ScalarAsync(
                "SELECT coalesce((SELECT max(ended_at) FROM runs WHERE instance_id = $id AND dry_run = 0 AND status IN ($ok, $partial)), (SELECT min(started_at) FROM runs WHERE instance_id = $id AND dry_run = 0));",
                cancellationToken,
                ("$id", instanceId),
                ("$ok", RunStatus.Succeeded),
                ("$partial", RunStatus.CompletedWithFailures)).ConfigureAwait(false);
            return since is null ? null : HostDatabase.Parse(since);
        }
    }

    /// <summary>Gets the open alerts of an instance, oldest first.</summary>
    /// <param name="instanceId">The instance.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The alerts.</returns>
    public async Task<IReadOnlyList<AlertRecord>> GetOpenAsync(long instanceId, CancellationToken cancellationToken)
    {
        var connection = await database.ConnectAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            return await connection.QueryAsync(
                $"SELECT {AlertColumns} FROM alerts WHERE instance_id = $id AND closed_at IS NULL ORDER BY id;",
                Map,
                cancellationToken,
                ("$id", instanceId)).ConfigureAwait(false);
        }
    }

    /// <summary>Gets the latest alerts of an instance, open or closed, newest first.</summary>
    /// <param name="instanceId">The instance.</param>
    /// <param name="limit">How many.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The alerts.</returns>
    public async Task<IReadOnlyList<AlertRecord>> GetRecentAsync(long instanceId, int limit, CancellationToken cancellationToken)
    {
        var connection = await database.ConnectAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            return await connection.QueryAsync(
                $"SELECT {AlertColumns} FROM alerts WHERE instance_id = $id ORDER BY id DESC LIMIT $limit;",
                Map,
                cancellationToken,
                ("$id", instanceId),
                ("$limit", limit)).ConfigureAwait(false);
        }
    }

    /// <summary>Gets the alerts a run raised or closed.</summary>
    /// <param name="runId">The run.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The alerts.</returns>
    public async Task<IReadOnlyList<AlertRecord>> GetOfRunAsync(long runId, CancellationToken cancellationToken)
    {
        var connection = await database.ConnectAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            return await connection.QueryAsync(
                $"SELECT {AlertColumns} FROM alerts WHERE opened_run_id = $run OR closed_run_id = $run ORDER BY id;",
                Map,
                cancellationToken,
                ("$run", runId)).ConfigureAwait(false);
        }
    }

    /// <summary>Raises an alert.</summary>
    /// <param name="instanceId">The instance.</param>
    /// <param name="finding">What was found.</param>
    /// <param name="runId">The run that found it.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The alert.</returns>
    public async Task<AlertRecord> OpenAsync(long instanceId, AlertFinding finding, long? runId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(finding);
        var connection = await database.ConnectAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var now = database.TimeProvider.GetUtcNow();
            var command = connection.Command(
                "INSERT INTO alerts (instance_id, condition, subject, message, fix, opened_at, opened_run_id, last_seen_run_id) VALUES ($id, $condition, $subject, $message, $fix, $at, $run, $run) RETURNING id;",
                null,
                ("$id", instanceId),
                ("$condition", finding.Condition.ToString()),
                ("$subject", finding.Subject),
                ("$message", finding.Message),
                ("$fix", finding.Fix),
                ("$at", HostDatabase.Format(now)),
                ("$run", runId));
            await using (command.ConfigureAwait(false))
            {
                var id = (long)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
                return new AlertRecord
                {
                    Id = id,
                    Condition = finding.Condition,
                    Subject = finding.Subject,
                    Message = finding.Message,
                    Fix = finding.Fix,
                    OpenedAt = now,
                    OpenedRunId = runId,
                    LastSeenRunId = runId,
                };
            }
        }
    }

    /// <summary>Notes that a run still finds an open alert's cause, with what it found this time.</summary>
    /// <param name="alertId">The alert.</param>
    /// <param name="finding">What was found.</param>
    /// <param name="runId">The run.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>A task that completes when it is stored.</returns>
    public async Task TouchAsync(long alertId, AlertFinding finding, long? runId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(finding);
        await ExecuteAsync(
            "UPDATE alerts SET message = $message, fix = $fix, last_seen_run_id = coalesce($run, last_seen_run_id) WHERE id = $alert;",
            cancellationToken,
            ("$alert", alertId),
            ("$message", finding.Message),
            ("$fix", finding.Fix),
            ("$run", runId)).ConfigureAwait(false);
    }

    /// <summary>Closes an alert whose cause is gone.</summary>
    /// <param name="alert">The alert.</param>
    /// <param name="runId">The run that saw it gone.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The alert, closed.</returns>
    public async Task<AlertRecord> CloseAsync(AlertRecord alert, long? runId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(alert);
        var now = database.TimeProvider.GetUtcNow();
        await ExecuteAsync(
            "UPDATE alerts SET closed_at = $at, closed_run_id = $run WHERE id = $alert;",
            cancellationToken,
            ("$alert", alert.Id),
            ("$at", HostDatabase.Format(now)),
            ("$run", runId)).ConfigureAwait(false);
        return alert with { ClosedAt = now, ClosedRunId = runId };
    }

    /// <summary>Records what became of an alert's webhook notification.</summary>
    /// <param name="alertId">The alert.</param>
    /// <param name="delivery">What happened.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>A task that completes when it is stored.</returns>
    public Task SetDeliveryAsync(long alertId, string delivery, CancellationToken cancellationToken) =>
        ExecuteAsync("UPDATE alerts SET delivery = $delivery WHERE id = $alert;", cancellationToken, ("$alert", alertId), ("$delivery", delivery));

    private async Task ExecuteAsync(string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        var connection = await database.ConnectAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            await connection.ExecuteAsync(sql, cancellationToken, null, parameters).ConfigureAwait(false);
        }
    }

    private static AlertRecord Map(SqliteDataReader r) => new()
    {
        Id = r.GetInt64(0),
        Condition = Enum.Parse<AlertCondition>(r.GetString(1)),
        Subject = r.GetString(2),
        Message = r.GetString(3),
        Fix = r.GetString(4),
        OpenedAt = HostDatabase.Parse(r.GetString(5)),
        OpenedRunId = r.IsDBNull(6) ? null : r.GetInt64(6),
        LastSeenRunId = r.IsDBNull(7) ? null : r.GetInt64(7),
        ClosedAt = r.IsDBNull(8) ? null : HostDatabase.Parse(r.GetString(8)),
        ClosedRunId = r.IsDBNull(9) ? null : r.GetInt64(9),
        Delivery = r.GetNullableString(10),
    };
}
