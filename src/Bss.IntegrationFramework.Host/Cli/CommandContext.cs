using System.CommandLine;
using Bss.IntegrationFramework.Host.Instances;
using Bss.IntegrationFramework.Host.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;

namespace Bss.IntegrationFramework.Host.Cli;

/// <summary>What a command's action works with: its parse result, its output and the host's services.</summary>
/// <param name="parseResult">The parse result.</param>
/// <param name="globals">The global options.</param>
internal sealed class CommandContext(ParseResult parseResult, GlobalOptions globals)
{
    private RedactingTextWriter? _output;
    private RedactingTextWriter? _error;

    /// <summary>Gets the parse result.</summary>
    public ParseResult ParseResult { get; } = parseResult;

    /// <summary>Gets the secrets of the instances this command touched, masked in everything it prints.</summary>
    public SecretRedactor Redactor { get; } = new();

    /// <summary>Gets where results are written (secrets masked).</summary>
    public TextWriter Output => _output ??= new RedactingTextWriter(ParseResult.InvocationConfiguration.Output, Redactor);

    /// <summary>Gets where errors are written (secrets masked).</summary>
    public TextWriter Error => _error ??= new RedactingTextWriter(ParseResult.InvocationConfiguration.Error, Redactor);

    /// <summary>Gets a value indicating whether errors go to the real, unredirected console (progress bars can be drawn).</summary>
    public bool ErrorIsTerminal => ReferenceEquals(ParseResult.InvocationConfiguration.Error, Console.Error) && !Console.IsErrorRedirected;

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
                Redactor = Redactor,
                Protector = SecretProtector.FromEnvironment(ParseResult.GetValue(globals.ProtectionKeyFile)),
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
