using System.Globalization;

namespace BssConnectWiseConnector.Settings;

/// <summary>The parsers the server variables of <see cref="ServerVariableCatalog"/> are declared with.</summary>
internal static class ServerVariableParsers
{
    /// <summary>Accepts any text.</summary>
    public static ServerVariableParser<string> Text { get; } = TextWhere(_ => null);

    /// <summary>Parses a positive ConnectWise record id.</summary>
    public static ServerVariableParser<int> RemoteId { get; } = WholeNumber(int.MaxValue, (text, context) => $"'{text}' is not a ConnectWise id; it must be a positive whole number ({context.Variable.Description})");

    /// <summary>Parses a number of requests per minute, from 1 to 1,000,000 (far above any site's throttle).</summary>
    public static ServerVariableParser<int> RequestsPerMinute { get; } = WholeNumber(1_000_000, (text, _) => $"'{text}' is not a number of requests per minute; it must be a whole number from 1 to 1,000,000.");

    /// <summary>Parses the ConnectWise URL into a site (see <see cref="ConnectWiseUrlParser"/>).</summary>
    public static ServerVariableParser<ConnectWiseSite> Site { get; } = ParseSite;

    /// <summary>Parses the clientId; the error never echoes the value, which is still a credential when mistyped.</summary>
    public static ServerVariableParser<Guid> ClientId { get; } = ParseClientId;

    /// <summary>Accepts text that a rule finds nothing wrong with.</summary>
    /// <param name="problem">Returns what is wrong with the text, or <see langword="null"/>.</param>
    /// <returns>The parser.</returns>
    public static ServerVariableParser<string> TextWhere(Func<string, string?> problem) =>
        (string text, ServerVariableParseContext context, out string value, out string? error) =>
        {
            value = text;
            error = problem(text);
            return error is null;
        };

    /// <summary>Parses one of an enumeration's names, ignoring case; numbers are refused.</summary>
    /// <typeparam name="TEnum">The enumeration.</typeparam>
    /// <param name="noun">What a value is, for the error ("a billable option").</param>
    /// <returns>The parser.</returns>
    public static ServerVariableParser<TEnum> Enumeration<TEnum>(string noun)
        where TEnum : struct, Enum =>
        (string text, ServerVariableParseContext context, out TEnum value, out string? error) =>
        {
            if (Enum.TryParse(text, ignoreCase: true, out value) && Enum.IsDefined(value) && !int.TryParse(text, CultureInfo.InvariantCulture, out _))
            {
                error = null;
                return true;
            }

            error = $"'{text}' is not {noun}; use {Choices(Enum.GetNames<TEnum>())}.";
            return false;
        };

    private static ServerVariableParser<int> WholeNumber(int max, Func<string, ServerVariableParseContext, string> problem) =>
        (string text, ServerVariableParseContext context, out int value, out string? error) =>
        {
            var parsed = int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value) && value > 0 && value <= max;
            error = parsed ? null : problem(text, context);
            return parsed;
        };

    private static bool ParseSite(string text, ServerVariableParseContext context, out ConnectWiseSite value, out string? error)
    {
        var parsed = ConnectWiseUrlParser.TryParse(text, context.AllowLoopbackHttp, out var site, out error);
        value = site!;
        return parsed;
    }

    private static bool ParseClientId(string text, ServerVariableParseContext context, out Guid value, out string? error)
    {
        if (Guid.TryParse(text, out value) && value != Guid.Empty)
        {
            error = null;
            return true;
        }

        error = "is not a GUID; copy the clientId (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx) from the ConnectWise Developer Network.";
        return false;
    }

    private static string Choices(string[] names) =>
        names.Length == 1 ? names[0] : $"{string.Join(", ", names[..^1])} or {names[^1]}";
}
