using System.Globalization;
using System.Net.Http.Headers;

namespace BssConnectWiseConnector.Http;

/// <summary>Reads the RFC 5988 <c>Link</c> header ConnectWise pages with.</summary>
internal static class LinkHeader
{
    /// <summary>Finds the URL of a relation, such as <c>next</c>.</summary>
    /// <param name="headers">The response headers.</param>
    /// <param name="relation">The relation.</param>
    /// <returns>The URL, or <see langword="null"/> when the header has no such relation.</returns>
    public static Uri? Find(HttpResponseHeaders headers, string relation)
    {
        if (!headers.TryGetValues("Link", out var values))
        {
            return null;
        }

        foreach (var part in values.SelectMany(v => v.Split(',')))
        {
            var pieces = part.Split(';');
            var target = pieces[0].Trim();
            if (target.Length < 2 || target[0] != '<' || target[^1] != '>')
            {
                continue;
            }

            var isRelation = pieces.Skip(1).Select(p => p.Trim()).Any(p =>
                p.Equals($"rel=\"{relation}\"", StringComparison.OrdinalIgnoreCase) || p.Equals($"rel={relation}", StringComparison.OrdinalIgnoreCase));
            if (isRelation && Uri.TryCreate(target[1..^1], UriKind.RelativeOrAbsolute, out var uri) && target.Length > 2)
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
        var query = uri.IsAbsoluteUri ? uri.Query : uri.OriginalString[(uri.OriginalString.IndexOf('?', StringComparison.Ordinal) + 1)..];
        foreach (var pair in query.TrimStart('?').Split('&'))
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
}
