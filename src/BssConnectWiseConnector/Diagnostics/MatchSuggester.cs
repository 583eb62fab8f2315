using Bss.IntegrationFramework;

namespace BssConnectWiseConnector.Diagnostics;

/// <summary>Suggests which ConnectWise value a BSS value means: exact, then ignoring case and spaces, then close.</summary>
internal static class MatchSuggester
{
    /// <summary>Suggests the best match of each BSS value.</summary>
    /// <param name="bssValues">The BSS values.</param>
    /// <param name="values">The ConnectWise values.</param>
    /// <returns>One suggestion per BSS value that has a match scoring at least 0.6.</returns>
    public static IReadOnlyList<SuggestedMatch> Suggest(IEnumerable<string> bssValues, IReadOnlyList<DiscoveredValue> values)
    {
        var suggestions = new List<SuggestedMatch>();
        foreach (var bssValue in bssValues.Distinct(StringComparer.Ordinal))
        {
            var best = values
                .Select(v => (Value: v, Score: Score(bssValue, v.Name)))
                .OrderByDescending(m => m.Score)
                .ThenByDescending(m => m.Value.Active)
                .FirstOrDefault();
            if (best.Value is not null && best.Score >= 0.6)
            {
                suggestions.Add(new SuggestedMatch(bssValue, best.Value, Math.Round(best.Score, 2)));
            }
        }

        return suggestions;
    }

    /// <summary>Scores how alike two names are.</summary>
    /// <param name="a">One name.</param>
    /// <param name="b">The other.</param>
    /// <returns>1 for equal, 0.95 when equal ignoring case and spaces, otherwise a similarity from 0 to 0.9.</returns>
    internal static double Score(string a, string b)
    {
        if (string.Equals(a, b, StringComparison.Ordinal))
        {
            return 1;
        }

        var (x, y) = (Normalize(a), Normalize(b));
        if (x == y)
        {
            return 0.95;
        }

        var longest = Math.Max(x.Length, y.Length);
        return longest == 0 ? 0 : 0.9 * (1 - ((double)Distance(x, y) / longest));
    }

    private static string Normalize(string value) =>
        new(value.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());

    private static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            previous = current;
        }

        return previous[b.Length];
    }
}
