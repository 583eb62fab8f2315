namespace BssConnectWiseConnector.Settings;

/// <summary>Turns a server variable's text into its value.</summary>
/// <typeparam name="TValue">The type of the value.</typeparam>
/// <param name="text">The trimmed text, never empty.</param>
/// <param name="context">The variable and the parse options.</param>
/// <param name="value">The value, when the text is usable.</param>
/// <param name="error">Why it is not, otherwise, in the administrator's terms; never echoing a secret.</param>
/// <returns><see langword="true"/> when the text is usable.</returns>
internal delegate bool ServerVariableParser<TValue>(string text, ServerVariableParseContext context, out TValue value, out string? error);
