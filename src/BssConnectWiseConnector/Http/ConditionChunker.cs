namespace BssConnectWiseConnector.Http;

/// <summary>
/// Splits an <c>in (…)</c> condition over many values into several conditions whose URL stays under
/// ConnectWise's limit, so a long lookup becomes several requests whose results are merged, never truncated.
/// </summary>
internal static class ConditionChunker
{
    /// <summary>The longest URL-encoded condition one request carries.</summary>
    public const int DefaultMaxEncodedLength = 1400;

    /// <summary>Splits values into <c>path in (…)</c> conditions.</summary>
    /// <param name="path">The field path.</param>
    /// <param name="values">The values; duplicates are sent once.</param>
    /// <param name="maxEncodedLength">The longest URL-encoded condition.</param>
    /// <returns>The conditions, in the order of the values.</returns>
    public static IReadOnlyList<Condition> ChunkIn(string path, IEnumerable<object> values, int maxEncodedLength = DefaultMaxEncodedLength)
    {
        ArgumentNullException.ThrowIfNull(values);
        var chunks = new List<Condition>();
        var current = new List<object>();
        var overhead = Uri.EscapeDataString(path + " in ()").Length;
        var length = overhead;
        foreach (var value in values.Distinct())
        {
            var literal = Uri.EscapeDataString(Condition.Literal(value) + ",").Length;
            if (overhead + literal > maxEncodedLength)
            {
                throw new ArgumentException($"The value {Condition.Literal(value)} alone is too long for a ConnectWise condition.", nameof(values));
            }

            if (current.Count > 0 && length + literal > maxEncodedLength)
            {
                chunks.Add(Condition.In(path, current));
                current = [];
                length = overhead;
            }

            current.Add(value);
            length += literal;
        }

        if (current.Count > 0)
        {
            chunks.Add(Condition.In(path, current));
        }

        return chunks;
    }
}
