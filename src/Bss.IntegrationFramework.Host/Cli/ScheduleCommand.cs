using System.CommandLine;
using System.Globalization;
using Bss.IntegrationFramework.Host.Sync;

namespace Bss.IntegrationFramework.Host.Cli;

/// <summary>The <c>schedule</c> command: the scheduler in the foreground.</summary>
internal static class ScheduleCommand
{
    /// <summary>Creates the command.</summary>
    /// <param name="globals">The global options.</param>
    /// <returns>The command.</returns>
    public static Command Create(GlobalOptions globals)
    {
        var name = CommonArguments.Instance();
        var every = new Option<string>("--every") { Description = "The interval between runs: 30s, 5m, 1h or hh:mm:ss.", Required = true };
        var runs = new Option<int?>("--runs") { Description = "Stop after this many runs (default: run until Ctrl+C)." };
        var everyWithCallbacks = new Option<string?>("--every-with-callbacks") { Description = "The longer interval while the instance's callbacks are healthy (default: six times --every); polling is then the safety net." };
        var direction = new Option<string>("--direction") { Description = "push, pull or both.", DefaultValueFactory = _ => "both" };
        direction.AcceptOnlyFromAmong("push", "pull", "both");
        var command = new Command("schedule", "Run the scheduler in the foreground: a sync of every enabled module at each interval, failed records retried with growing delays. Ctrl+C stops cleanly.") { name, every, runs, direction, everyWithCallbacks };
        command.SetHostAction(globals, async (context, cancellationToken) =>
        {
            var interval = ParseInterval(context.Get(every)!);
            var healthyInterval = context.Get(everyWithCallbacks) is { } longer ? ParseInterval(longer) : interval * 6;
            using var services = await context.OpenServicesAsync(cancellationToken).ConfigureAwait(false);
            var instance = await services.Instances.GetAsync(context.Get(name), cancellationToken).ConfigureAwait(false);
            var output = context.Output;
            await output.WriteLineAsync($"Scheduling instance '{instance.Name}' every {interval}; Ctrl+C stops.").ConfigureAwait(false);
            var request = new SyncRequest
            {
                InstanceName = instance.Name,
                Direction = context.Get(direction) switch { "push" => SyncDirection.Push, "pull" => SyncDirection.Pull, _ => SyncDirection.Both },
            };
            var count = await new SyncScheduler(services, healthyInterval).RunAsync(
                request,
                interval,
                context.Get(runs),
                new ConsoleProgress(context.Error, SyncCommand.IsTerminal(context), services.TimeProvider),
                run => output.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"{services.TimeProvider.GetUtcNow():u} run {run.RunId}: {run.Status}; {run.Modules.Sum(m => m.Created)} created, {run.Modules.Sum(m => m.Updated)} updated, {run.Modules.Sum(m => m.Unchanged)} unchanged, {run.Modules.Sum(m => m.Failed)} failed, {run.Modules.Sum(m => m.Quarantined)} quarantined, {run.Modules.Sum(m => m.Pulled)} pulled; {Wording.Count(run.Requests, "request")}{string.Concat(run.Alerts.Select(a => $"; alert {(a.Event == Alerts.AlertEvents.Raised ? "raised" : "closed")}: {a.Alert.Condition}{(string.IsNullOrEmpty(a.Alert.Subject) ? string.Empty : $" ({a.Alert.Subject})")}"))}")),
                message => context.Error.WriteLine($"{services.TimeProvider.GetUtcNow().ToString("u", CultureInfo.InvariantCulture)} run failed: {CommandActions.OneLine(message)}"),
                cancellationToken).ConfigureAwait(false);
            await output.WriteLineAsync($"Schedule stopped after {Wording.Count(count, "run")}; links and cursors are saved, the next run resumes.").ConfigureAwait(false);
            return 0;
        });
        return command;
    }

    /// <summary>Parses an interval such as <c>30s</c>, <c>5m</c>, <c>1h</c> or <c>00:05:00</c>.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The interval.</returns>
    /// <exception cref="HostException">It is not an interval of at least a second.</exception>
    public static TimeSpan ParseInterval(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim();
        TimeSpan? interval = trimmed.Length > 1 && double.TryParse(trimmed[..^1], NumberStyles.Float, CultureInfo.InvariantCulture, out var amount)
            ? char.ToLowerInvariant(trimmed[^1]) switch
            {
                's' => TimeSpan.FromSeconds(amount),
                'm' => TimeSpan.FromMinutes(amount),
                'h' => TimeSpan.FromHours(amount),
                'd' => TimeSpan.FromDays(amount),
                _ => null,
            }
            : TimeSpan.TryParse(trimmed, CultureInfo.InvariantCulture, out var parsed) ? parsed : null;
        return interval is { } value && value >= TimeSpan.FromSeconds(1)
            ? value
            : throw new HostException($"'{text}' is not an interval of at least one second (use 30s, 5m, 1h or hh:mm:ss).");
    }
}
