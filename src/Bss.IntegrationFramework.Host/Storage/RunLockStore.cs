using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace Bss.IntegrationFramework.Host.Storage;

/// <summary>
/// One run per instance at a time, across processes sharing the store. A lock left by a process that died is
/// taken over, and its run is marked interrupted; the next run resumes from the saved links and cursors.
/// </summary>
/// <param name="database">The store.</param>
internal sealed class RunLockStore(HostDatabase database)
{
    private static readonly TimeSpan ForeignLockExpiry = TimeSpan.FromHours(12);

    /// <summary>Takes the lock of an instance for a run.</summary>
    /// <param name="instanceId">The instance.</param>
    /// <param name="runId">The run.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>A task that completes when the lock is held.</returns>
    /// <exception cref="HostException">Another live run holds it.</exception>
    public async Task AcquireAsync(long instanceId, long runId, CancellationToken cancellationToken)
    {
        var connection = await database.ConnectAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            for (var attempt = 0; attempt < 3; attempt++)
            {
                try
                {
                    await connection.ExecuteAsync(
                        "INSERT INTO run_locks (instance_id, run_id, machine, pid, acquired_at) VALUES ($id, $run, $machine, $pid, $at);",
                        cancellationToken,
                        null,
                        ("$id", instanceId),
                        ("$run", runId),
                        ("$machine", Environment.MachineName),
                        ("$pid", Environment.ProcessId),
                        ("$at", database.Now())).ConfigureAwait(false);
                    return;
                }
                catch (SqliteException ex) when (ex.SqliteErrorCode == 19)
                {
                    var holder = (await connection.QueryAsync(
                        "SELECT run_id, machine, pid, acquired_at FROM run_locks WHERE instance_id = $id;",
                        r => (Run: r.GetInt64(0), Machine: r.GetString(1), Pid: r.GetInt32(2), At: HostDatabase.Parse(r.GetString(3))),
                        cancellationToken,
                        ("$id", instanceId)).ConfigureAwait(false)).FirstOrDefault();
                    if (holder == default)
                    {
                        continue;
                    }

                    if (IsAlive(holder.Machine, holder.Pid, holder.At))
                    {
                        throw new HostException($"Run {holder.Run} of this instance is in progress (process {holder.Pid} on {holder.Machine}, since {holder.At:u}); one run per instance at a time.", ex);
                    }

                    await connection.ExecuteAsync(
                        "UPDATE runs SET status = $failed, ended_at = $at, message = 'Interrupted: the process running it stopped; the next run resumed from the saved links and cursors.' WHERE id = $run AND status = $running;",
                        cancellationToken,
                        null,
                        ("$failed", RunStatus.Failed),
                        ("$running", RunStatus.Running),
                        ("$at", database.Now()),
                        ("$run", holder.Run)).ConfigureAwait(false);
                    await connection.ExecuteAsync(
                        "DELETE FROM run_locks WHERE instance_id = $id AND run_id = $run;",
                        cancellationToken,
                        null,
                        ("$id", instanceId),
                        ("$run", holder.Run)).ConfigureAwait(false);
                }
            }

            throw new HostException("The run lock of this instance could not be taken; try again.");
        }
    }

    /// <summary>Releases the lock a run holds.</summary>
    /// <param name="instanceId">The instance.</param>
    /// <param name="runId">The run.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>A task that completes when the lock is released.</returns>
    public async Task ReleaseAsync(long instanceId, long runId, CancellationToken cancellationToken)
    {
        var connection = await database.ConnectAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            await connection.ExecuteAsync(
                "DELETE FROM run_locks WHERE instance_id = $id AND run_id = $run;",
                cancellationToken,
                null,
                ("$id", instanceId),
                ("$run", runId)).ConfigureAwait(false);
        }
    }

    private bool IsAlive(string machine, int pid, DateTimeOffset acquiredAt)
    {
        if (!string.Equals(machine, Environment.MachineName, StringComparison.OrdinalIgnoreCase))
        {
            return database.TimeProvider.GetUtcNow() - acquiredAt < ForeignLockExpiry;
        }

        if (pid == Environment.ProcessId)
        {
            return true;
        }

        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }
}
