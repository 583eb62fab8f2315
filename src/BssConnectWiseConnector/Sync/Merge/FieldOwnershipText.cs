using BssConnectWiseConnector.Settings;

namespace BssConnectWiseConnector.Sync.Merge;

/// <summary>
/// The text form of a module's ownership setting: <c>Group=Policy</c> pairs separated by <c>;</c> or <c>,</c>
/// (<c>Identity=Bss; Communication=Newest</c>); a group left out keeps its default.
/// </summary>
internal static class FieldOwnershipText
{
    /// <summary>Gets the default text of a module's setting.</summary>
    /// <param name="module">The module.</param>
    /// <returns>The text.</returns>
    public static string Default(string module) =>
        string.Join("; ", OwnershipDefaults.Groups[module].Select(g => $"{g.Key}={g.Value}"));

    /// <summary>Makes the parser of a module's setting: every problem of the text in one error.</summary>
    /// <param name="module">The module.</param>
    /// <returns>The parser.</returns>
    public static ServerVariableParser<IReadOnlyDictionary<string, OwnershipPolicy>> Parser(string module) =>
        (string text, ServerVariableParseContext context, out IReadOnlyDictionary<string, OwnershipPolicy> value, out string? error) =>
        {
            var groups = OwnershipDefaults.Groups[module];
            var chosen = new Dictionary<string, OwnershipPolicy>(StringComparer.OrdinalIgnoreCase);
            var problems = new List<string>();
            foreach (var part in text.Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var pair = part.Split('=', 2, StringSplitOptions.TrimEntries);
                var group = groups.Keys.FirstOrDefault(g => string.Equals(g, pair[0], StringComparison.OrdinalIgnoreCase));
                if (pair.Length != 2 || group is null)
                {
                    problems.Add(pair.Length != 2
                        ? $"'{part}' is not Group=Policy"
                        : $"'{pair[0]}' is not a field group of {module} (its groups are {string.Join(", ", groups.Keys)})");
                }
                else if (!Enum.TryParse<OwnershipPolicy>(pair[1], ignoreCase: true, out var policy) || !Enum.IsDefined(policy) || int.TryParse(pair[1], out _))
                {
                    problems.Add($"'{pair[1]}' is not an ownership policy for {group} (use {string.Join(", ", Enum.GetNames<OwnershipPolicy>())})");
                }
                else if (!chosen.TryAdd(group, policy))
                {
                    problems.Add($"{group} is given twice");
                }
            }

            value = chosen;
            error = problems.Count == 0 ? null : $"{string.Join("; ", problems)}. Write Group=Policy pairs, such as '{Default(module)}'.";
            return error is null;
        };

    /// <summary>Writes a module's policies as text.</summary>
    /// <param name="ownership">The policies.</param>
    /// <param name="module">The module.</param>
    /// <returns>The text.</returns>
    public static string Format(FieldOwnership ownership, string module)
    {
        ArgumentNullException.ThrowIfNull(ownership);
        return string.Join("; ", OwnershipDefaults.Groups[module].Keys.Select(g => $"{g}={ownership.Of(module, g)}"));
    }
}
