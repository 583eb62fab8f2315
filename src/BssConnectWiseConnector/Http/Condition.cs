using System.Globalization;
using System.Text;

namespace BssConnectWiseConnector.Http;

/// <summary>
/// A typed ConnectWise condition: strings are quoted (one that would need an escape is refused), dates are UTC in brackets, and
/// <see cref="ToString"/> gives the text of the <c>conditions</c> parameter (URL-encoding happens when the URL is built).
/// </summary>
public sealed class Condition
{
    private static readonly char[] UnsafeCharacters = ['"', '\\', '*', '['];
    private readonly string _text;

    private Condition(string text)
    {
        _text = text;
    }

    /// <summary>Gets the condition's text.</summary>
    public string Text => _text;

    /// <summary><c>path = value</c>.</summary>
    /// <param name="path">The field path, such as <c>identifier</c> or <c>company/id</c>.</param>
    /// <param name="value">The value.</param>
    /// <returns>The condition.</returns>
    public static Condition Equal(string path, object? value) => Compare(path, "=", value);

    /// <summary><c>path != value</c>.</summary>
    /// <param name="path">The field path.</param>
    /// <param name="value">The value.</param>
    /// <returns>The condition.</returns>
    public static Condition NotEqual(string path, object? value) => Compare(path, "!=", value);

    /// <summary><c>path &gt; value</c>.</summary>
    /// <param name="path">The field path.</param>
    /// <param name="value">The value.</param>
    /// <returns>The condition.</returns>
    public static Condition GreaterThan(string path, object value) => Compare(path, ">", value);

    /// <summary><c>path &lt; value</c>.</summary>
    /// <param name="path">The field path.</param>
    /// <param name="value">The value.</param>
    /// <returns>The condition.</returns>
    public static Condition LessThan(string path, object value) => Compare(path, "<", value);

    /// <summary><c>path like "pattern"</c>; <c>*</c> and <c>%</c> are wildcards.</summary>
    /// <param name="path">The field path.</param>
    /// <param name="pattern">The pattern.</param>
    /// <returns>The condition.</returns>
    public static Condition Like(string path, string pattern) => Compare(path, "like", pattern);

    /// <summary><c>path contains "text"</c>.</summary>
    /// <param name="path">The field path.</param>
    /// <param name="text">The text.</param>
    /// <returns>The condition.</returns>
    public static Condition Contains(string path, string text) => Compare(path, "contains", text);

    /// <summary><c>path in (v1, v2, …)</c>.</summary>
    /// <param name="path">The field path.</param>
    /// <param name="values">The values; at least one.</param>
    /// <returns>The condition.</returns>
    public static Condition In(string path, IEnumerable<object> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var list = values.Select(Literal).ToArray();
        if (list.Length == 0)
        {
            throw new ArgumentException("An 'in' condition needs at least one value.", nameof(values));
        }

        return new Condition($"{CheckPath(path)} in ({string.Join(",", list)})");
    }

    /// <summary>
    /// Whether a value can be compared exactly in a condition. A string holding <c>"</c> or <c>\</c> cannot be written
    /// at all (the Developer Guide documents no escape inside a string), and one holding <c>*</c> or <c>[</c> may be
    /// read as a wildcard or a character class (the guide documents <c>*</c> as a wildcard and <c>[[]</c> for a
    /// literal <c>[</c>). Such a value is found with <see cref="LikeWithout"/> plus an exact comparison on our side.
    /// </summary>
    /// <param name="value">The value.</param>
    /// <returns><see langword="true"/> for every value but such a string.</returns>
    public static bool IsExactlyComparable(object? value) => value is not string text || text.IndexOfAny(UnsafeCharacters) < 0;

    /// <summary>
    /// <c>path like "pattern"</c> where the pattern is the value with each run of <c>"</c>, <c>\</c>, <c>*</c> and
    /// <c>[</c> replaced by the <c>*</c> wildcard: it matches every record whose value is the given one (and maybe a
    /// few more), without any character ConnectWise documents no escape for. The caller compares the results exactly.
    /// </summary>
    /// <param name="path">The field path.</param>
    /// <param name="value">The value to find.</param>
    /// <returns>The condition.</returns>
    public static Condition LikeWithout(string path, string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var pattern = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            if (Array.IndexOf(UnsafeCharacters, c) < 0)
            {
                pattern.Append(c);
            }
            else if (pattern.Length == 0 || pattern[^1] != '*')
            {
                pattern.Append('*');
            }
        }

        return new Condition($"{CheckPath(path)} like {Quote(pattern.ToString())}");
    }

    /// <summary>Joins conditions with <c>and</c>.</summary>
    /// <param name="conditions">The conditions.</param>
    /// <returns>The condition.</returns>
    public static Condition And(params Condition[] conditions) => Join("and", conditions);

    /// <summary>Joins conditions with <c>or</c>.</summary>
    /// <param name="conditions">The conditions.</param>
    /// <returns>The condition.</returns>
    public static Condition Or(params Condition[] conditions) => Join("or", conditions);

    /// <summary>Writes a value as a ConnectWise literal.</summary>
    /// <param name="value">A string, number, boolean, date or <see langword="null"/>.</param>
    /// <returns>The literal.</returns>
    public static string Literal(object? value) => value switch
    {
        null => "null",
        string s => Quote(s),
        bool b => b ? "true" : "false",
        DateTimeOffset d => "[" + d.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture) + "]",
        DateTime d => "[" + DateTime.SpecifyKind(d, d.Kind == DateTimeKind.Unspecified ? DateTimeKind.Utc : d.Kind).ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture) + "]",
        int or long or short or decimal or double or float => Convert.ToString(value, CultureInfo.InvariantCulture)!,
        _ => Quote(Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty),
    };

    /// <inheritdoc />
    public override string ToString() => _text;

    // No escape inside a string is documented, so a string that would need one is refused rather than guessed at.
    private static string Quote(string value)
    {
        if (value.IndexOfAny(['"', '\\']) >= 0)
        {
            throw new ArgumentException(
                $"The value {value} holds a '\"' or '\\', which ConnectWise conditions have no documented escape for; match it with {nameof(LikeWithout)} and compare the results.",
                nameof(value));
        }

        return "\"" + value + "\"";
    }

    private static Condition Compare(string path, string op, object? value) => new($"{CheckPath(path)} {op} {Literal(value)}");

    private static Condition Join(string op, Condition[] conditions)
    {
        ArgumentNullException.ThrowIfNull(conditions);
        return conditions.Length switch
        {
            0 => throw new ArgumentException("Nothing to join.", nameof(conditions)),
            1 => conditions[0],
            _ => new Condition(string.Join($" {op} ", conditions.Select(c => "(" + c._text + ")"))),
        };
    }

    private static string CheckPath(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (path.Any(c => !(char.IsAsciiLetterOrDigit(c) || c is '/' or '_')))
        {
            throw new ArgumentException($"'{path}' is not a ConnectWise field path.", nameof(path));
        }

        return path;
    }
}
