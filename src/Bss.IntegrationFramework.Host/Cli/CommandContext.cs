using System.CommandLine;
using Bss.IntegrationFramework.Host.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;

namespace Bss.IntegrationFramework.Host.Cli;

/// <summary>What a command's action works with: its parse result, its output and the host's services.</summary>
/// <param name="parseResult">The parse result.</param>
/// <param name="globals">The global options.</param>
internal sealed class CommandContext(ParseResult parseResult, GlobalOptions globals)
{
    /// <summary>Gets the parse result.</summary>
    public ParseResult ParseResult { get; } = parseResult;

    /// <summary>Gets where results are written.</summary>
    public TextWriter Output => ParseResult.InvocationConfiguration.Output;

    /// <summary>Gets where errors are written.</summary>
    public TextWriter Error => ParseResult.InvocationConfiguration.Error;

    /// <summary>Gets the store path given with <c>--db</c>, or <see langword="null"/>.</summary>
    public string? DatabaseOption => ParseResult.GetValue(globals.Database);

    /// <summary>Gets the value of an option.</summary>
    /// <typeparam name="T">The value type.</typeparam>
    /// <param name="option">The option.</param>
    /// <returns>The value.</returns>
    public T? Get<T>(Option<T> option) => ParseResult.GetValue(option);

    /// <summary>Gets the value of an argument.</summary>
    /// <typeparam name="T">The value type.</typeparam>
    /// <param name="argument">The argument.</param>
    /// <returns>The value.</returns>
    public T Get<T>(Argument<T> argument) => ParseResult.GetValue(argument)!;

    /// <summary>Opens the store and the catalog as the global options say.</summary>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <param name="databasePath">The store path, overriding <c>--db</c>.</param>
    /// <param name="allowLoopbackHttp">Allow plain http to loopback whatever the option says.</param>
    /// <returns>The services; dispose them.</returns>
    public Task<HostServices> OpenServicesAsync(CancellationToken cancellationToken, string? databasePath = null, bool allowLoopbackHttp = false) =>
        HostServices.OpenAsync(
            new HostSettings
            {
                DatabasePath = databasePath ?? HostDatabase.ResolvePath(DatabaseOption),
                PluginsDirectory = ParseResult.GetValue(globals.Plugins),
                AllowLoopbackHttp = allowLoopbackHttp || ParseResult.GetValue(globals.AllowLoopbackHttp),
                LoggerFactory = CreateLoggerFactory(),
            },
            cancellationToken);

    private ILoggerFactory CreateLoggerFactory()
    {
        var verbose = ParseResult.GetValue(globals.Verbose);
        return LoggerFactory.Create(builder => builder
            .SetMinimumLevel(verbose ? LogLevel.Debug : LogLevel.Warning)
            // AutoMapper's licence notice repeats on every session; set AUTOMAPPER_LICENSE_KEY, or see it with --verbose.
            .AddFilter("LuckyPennySoftware", verbose ? LogLevel.Debug : LogLevel.Error)
            .AddSimpleConsole(o =>
            {
                o.SingleLine = true;
                o.ColorBehavior = Console.IsErrorRedirected ? LoggerColorBehavior.Disabled : LoggerColorBehavior.Default;
            })
            .AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace));
    }
}
