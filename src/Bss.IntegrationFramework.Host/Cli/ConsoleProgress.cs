using System.Globalization;

namespace Bss.IntegrationFramework.Host.Cli;

/// <summary>
/// Shows sync progress on standard error: a bar redrawn in place in a terminal, plain lines (at most one per
/// module per second, and the last) when standard error is redirected.
/// </summary>
/// <param name="error">Where to write.</param>
/// <param name="interactive">Whether the writer is a terminal.</param>
/// <param name="timeProvider">The clock.</param>
internal sealed class ConsoleProgress(TextWriter error, bool interactive, TimeProvider timeProvider) : IProgress<SyncProgress>
{
    private const int BarWidth = 30;
    private readonly Lock _gate = new();
    private readonly Dictionary<string, DateTimeOffset> _lastLine = new(StringComparer.Ordinal);
    private bool _barOpen;

    /// <inheritdoc />
    public void Report(SyncProgress value)
    {
        ArgumentNullException.ThrowIfNull(value);
        lock (_gate)
        {
            var finished = value.Total is { } total && value.Done >= total;
            var text = value.Total is { } all && all > 0
                ? string.Create(CultureInfo.InvariantCulture, $"{value.Module} {value.Done}/{all}")
                : string.Create(CultureInfo.InvariantCulture, $"{value.Module} {value.Done}");
            if (value.Message is { Length: > 0 } message)
            {
                text += " " + CommandActions.OneLine(message);
            }

            if (interactive)
            {
                var filled = value.Total is { } t && t > 0 ? Math.Clamp(value.Done * BarWidth / t, 0, BarWidth) : 0;
                error.Write($"\r[{new string('#', filled)}{new string('.', BarWidth - filled)}] {text}".PadRight(BarWidth + 40));
                _barOpen = !finished;
                if (finished)
                {
                    error.WriteLine();
                }

                return;
            }

            var now = timeProvider.GetUtcNow();
            if (finished || !_lastLine.TryGetValue(value.Module, out var last) || now - last >= TimeSpan.FromSeconds(1))
            {
                _lastLine[value.Module] = now;
                error.WriteLine("progress: " + text);
            }
        }
    }

    /// <summary>Ends an open progress bar so the next output starts on its own line.</summary>
    public void Complete()
    {
        lock (_gate)
        {
            if (_barOpen)
            {
                error.WriteLine();
                _barOpen = false;
            }
        }
    }
}
