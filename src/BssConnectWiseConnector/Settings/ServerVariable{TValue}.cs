using System.Globalization;
using Bss.IntegrationFramework;

namespace BssConnectWiseConnector.Settings;

/// <summary>A server variable whose text parses into a <typeparamref name="TValue"/> setting.</summary>
/// <typeparam name="TValue">The type of the parsed value.</typeparam>
public sealed class ServerVariable<TValue> : ServerVariable
{
    private readonly ServerVariableParser<TValue> _parse;
    private readonly Func<ConnectWiseSettings, TValue, ConnectWiseSettings> _assign;
    private readonly Func<ConnectWiseSettings, object?> _read;

    /// <summary>Initializes a new instance of the <see cref="ServerVariable{TValue}"/> class.</summary>
    /// <param name="definition">What the manifest and the JSON Schema show of it.</param>
    /// <param name="parse">Turns its text into a value, or says what is wrong with it.</param>
    /// <param name="assign">Puts the value into the settings.</param>
    /// <param name="read">Reads the value back from the settings.</param>
    /// <param name="missingMessage">The error when a required value is missing; by default "is required: " and the description.</param>
    internal ServerVariable(
        ServerVariableDefinition definition,
        ServerVariableParser<TValue> parse,
        Func<ConnectWiseSettings, TValue, ConnectWiseSettings> assign,
        Func<ConnectWiseSettings, object?> read,
        string? missingMessage = null)
        : base(definition, missingMessage)
    {
        _parse = parse;
        _assign = assign;
        _read = read;
    }

    /// <inheritdoc />
    internal override ConnectWiseSettings Apply(ConnectWiseSettings settings, string? text, bool allowLoopbackHttp, List<SettingError> errors)
    {
        if (text is null)
        {
            if (Required)
            {
                errors.Add(new SettingError(Name, MissingMessage));
            }

            return settings;
        }

        if (!_parse(text, new ServerVariableParseContext(Definition, allowLoopbackHttp), out var value, out var error))
        {
            errors.Add(new SettingError(Name, error!));
            return settings;
        }

        return _assign(settings, value);
    }

    /// <inheritdoc />
    internal override string? Show(ConnectWiseSettings settings) => Secret
        ? null
        : _read(settings) switch
        {
            null => null,
            IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
            var other => other.ToString(),
        };
}
