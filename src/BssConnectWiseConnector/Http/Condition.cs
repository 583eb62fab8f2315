using System.Globalization;
using System.Text;

namespace BssConnectWiseConnector.Http;

/// <summary>
/// A typed ConnectWise condition: strings are quoted and escaped, dates are UTC in brackets, and
/// <see cref="ToString"/> gives the text of the <c>conditions</c> parameter (URL-encoding happens when the URL is built).
/// </summary>
public sealed class Condition
{
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

    private static string Quote(string value)
    {
        var text = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            if (c is '"' or '\\')
            {
                text.Append('\\');
            }

            text.Append(c);
        }

        return text.Append('"').ToString();
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
