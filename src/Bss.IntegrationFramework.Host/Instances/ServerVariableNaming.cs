namespace Bss.IntegrationFramework.Host.Instances;

/// <summary>
/// Finds a server variable by what an administrator types: its name (<c>ImportAccountStatusId</c>) or its label in the
/// connector's manifest, which is the title of the settings JSON Schema and the name the BSS documentation uses
/// (<c>ConnectWise URL</c>, <c>Company ID</c>, <c>Client Id</c>). Case, spaces, hyphens and underscores do not matter.
/// </summary>
internal static class ServerVariableNaming
{
    /// <summary>Finds the variable a name or label means.</summary>
    /// <param name="manifest">The connector's manifest.</param>
    /// <param name="typed">The name or label typed.</param>
    /// <returns>The variable, or <see langword="null"/> when none is meant.</returns>
    /// <exception cref="HostException">The label fits several variables.</exception>
    public static ServerVariableDefinition? Find(ConnectorManifest manifest, string typed)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        ArgumentNullException.ThrowIfNull(typed);
        var exact = manifest.ServerVariables.FirstOrDefault(v => string.Equals(v.Name, typed.Trim(), StringComparison.OrdinalIgnoreCase));
        if (exact is not null)
        {
            return exact;
        }

        var key = Compact(typed);
        var matches = manifest.ServerVariables
            .Where(v => Compact(v.Name) == key || Compact(v.DisplayName) == key)
            .ToList();
        return matches.Count switch
        {
            0 => null,
            1 => matches[0],
            _ => throw new HostException($"'{typed}' may mean {string.Join(" or ", matches.Select(Describe))}; use the name."),
        };
    }

    /// <summary>Writes a variable as it is listed: its name, and its label when that differs.</summary>
    /// <param name="definition">The variable.</param>
    /// <returns>The text, such as <c>ConnectWiseUrl ("ConnectWise URL")</c>.</returns>
    public static string Describe(ServerVariableDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        return Compact(definition.Name) == Compact(definition.DisplayName) && string.Equals(definition.Name, definition.DisplayName, StringComparison.Ordinal)
            ? definition.Name
            : $"{definition.Name} (\"{definition.DisplayName}\")";
    }

    private static string Compact(string text) =>
        new([.. text.Where(c => !char.IsWhiteSpace(c) && c is not '-' and not '_').Select(char.ToUpperInvariant)]);
}
