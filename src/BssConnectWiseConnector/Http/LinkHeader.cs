using System.Globalization;
using System.Net.Http.Headers;

namespace BssConnectWiseConnector.Http;

/// <summary>
/// Reads the <c>Link</c> header ConnectWise pages with, per RFC 8288: each link is a URL in <c>&lt;…&gt;</c>
/// followed by <c>;</c> parameters. The URL is read up to its closing <c>&gt;</c>, because ConnectWise repeats the
/// request's query in it and that query may hold unencoded commas (<c>fields=id,name</c>, <c>in (1,2)</c>).
/// </summary>
internal static class LinkHeader
{
    /// <summary>Finds the URL of a relation, such as <c>next</c>.</summary>
    /// <param name="headers">The response headers.</param>
    /// <param name="relation">The relation.</param>
    /// <returns>The URL, or <see langword="null"/> when the header has no such relation.</returns>
    public static Uri? Find(HttpResponseHeaders headers, string relation)
    {
        ArgumentNullException.ThrowIfNull(headers);
        if (!headers.TryGetValues("Link", out var values))
        {
            return null;
        }

        foreach (var value in values)
        {
            if (Find(value, relation) is { } uri)
            {
                return uri;
            }
        }

        return null;
    }

    /// <summary>Finds the URL of a relation in one <c>Link</c> header value.</summary>
    /// <param name="value">The header value.</param>
    /// <param name="relation">The relation.</param>
    /// <returns>The URL, or <see langword="null"/> when the value has no such relation.</returns>
    public static Uri? Find(string value, string relation)
    {
        ArgumentNullException.ThrowIfNull(value);
        var position = 0;
        while (position < value.Length)
        {
            var open = value.IndexOf('<', position);
            if (open < 0)
            {
                return null;
            }

            var close = value.IndexOf('>', open + 1);
            if (close < 0)
            {
                return null;
            }

            var target = value[(open + 1)..close].Trim();
            position = close + 1;
            var relations = ReadRelations(value, ref position);
            if (target.Length > 0 && relations.Contains(relation, StringComparer.OrdinalIgnoreCase)
                && Uri.TryCreate(target, UriKind.RelativeOrAbsolute, out var uri))
            {
                return uri;
            }
        }

        return null;
    }

    /// <summary>Reads a whole-number query parameter of a URL.</summary>
    /// <param name="uri">The URL.</param>
    /// <param name="name">The parameter.</param>
    /// <returns>The value, or <see langword="null"/>.</returns>
    public static int? QueryInt(Uri uri, string name)
    {
        ArgumentNullException.ThrowIfNull(uri);
        var text = uri.IsAbsoluteUri ? uri.Query : uri.OriginalString;
        var mark = text.IndexOf('?', StringComparison.Ordinal);
        var query = mark < 0 ? (uri.IsAbsoluteUri ? text : string.Empty) : text[(mark + 1)..];
        foreach (var pair in query.Split('&'))
        {
            var eq = pair.IndexOf('=', StringComparison.Ordinal);
            if (eq > 0 && pair[..eq].Equals(name, StringComparison.OrdinalIgnoreCase)
                && int.TryParse(Uri.UnescapeDataString(pair[(eq + 1)..]), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
            {
                return value;
            }
        }

        return null;
    }

    // The parameters after '>' up to the ',' that starts the next link (a ',' inside a quoted value does not).
    private static List<string> ReadRelations(string value, ref int position)
    {
        var relations = new List<string>();
        while (position < value.Length)
        {
            var c = value[position];
            if (c == ',')
            {
                position++;
                break;
            }

            if (c != ';')
            {
                position++;
                continue;
            }

            position++;
            var (name, parameter) = ReadParameter(value, ref position);
            if (name.Equals("rel", StringComparison.OrdinalIgnoreCase))
            {
                // rel may name several relations separated by spaces (RFC 8288 §3.3).
                relations.AddRange(parameter.Split(' ', StringSplitOptions.RemoveEmptyEntries));
            }
        }

        return relations;
    }

    private static (string Name, string Value) ReadParameter(string value, ref int position)
    {
        var start = position;
        while (position < value.Length && value[position] is not ('=' or ';' or ','))
        {
            position++;
        }

        var name = value[start..position].Trim();
        if (position >= value.Length || value[position] != '=')
        {
            return (name, string.Empty);
        }

        position++;
        while (position < value.Length && value[position] == ' ')
        {
            position++;
        }

        if (position < value.Length && value[position] == '"')
        {
            var text = new System.Text.StringBuilder();
            position++;
            while (position < value.Length && value[position] != '"')
            {
                if (value[position] == '\\' && position + 1 < value.Length)
                {
                    position++;
                }

                text.Append(value[position++]);
            }

            position = Math.Min(position + 1, value.Length);
            return (name, text.ToString());
        }

        start = position;
        while (position < value.Length && value[position] is not (';' or ','))
        {
            position++;
        }

        return (name, value[start..position].Trim());
    }
}
