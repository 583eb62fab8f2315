using System.CommandLine;

namespace Bss.IntegrationFramework.Host.Cli;

/// <summary>Wires command actions so every failure ends in one line on standard error and a non-zero exit code.</summary>
internal static class CommandActions
{
    /// <summary>The exit code of a failure the administrator can act on.</summary>
    public const int Failure = 1;

    /// <summary>The exit code when the instance's settings are not usable.</summary>
    public const int ConfigurationFailure = 2;

    /// <summary>The exit code when the command was cancelled (Ctrl+C).</summary>
    public const int Cancelled = 130;

    /// <summary>Sets a command's action.</summary>
    /// <param name="command">The command.</param>
    /// <param name="globals">The global options.</param>
    /// <param name="action">What it does; returns the exit code.</param>
    public static void SetHostAction(this Command command, GlobalOptions globals, Func<CommandContext, CancellationToken, Task<int>> action)
    {
        ArgumentNullException.ThrowIfNull(command);
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var context = new CommandContext(parseResult, globals);
            try
            {
                return await action(context, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                await context.Error.WriteLineAsync("cancelled: stopped on request; what was done is kept.").ConfigureAwait(false);
                return Cancelled;
            }
            catch (HostException ex)
            {
                await context.Error.WriteLineAsync("error: " + OneLine(ex.Message)).ConfigureAwait(false);
                return Failure;
            }
            catch (ConnectorConfigurationException ex)
            {
                await context.Error.WriteLineAsync("error: " + OneLine(ex.Message)).ConfigureAwait(false);
                return ConfigurationFailure;
            }
            catch (Exception ex)
            {
                await context.Error.WriteLineAsync($"error: {ex.GetType().Name}: {OneLine(ex.Message)}").ConfigureAwait(false);
                return Failure;
            }
        });
    }

    /// <summary>Collapses a message to one line.</summary>
    /// <param name="message">The message.</param>
    /// <returns>The message on one line.</returns>
    public static string OneLine(string message) =>
        string.Join(' ', (message ?? string.Empty).Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
