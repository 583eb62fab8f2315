namespace Bss.IntegrationFramework.Host.Instances;

/// <summary>
/// Stored server variable values. A value <c>env:NAME</c> is a reference to an environment variable, read when a
/// session opens, so keys need not be written to the store.
/// </summary>
internal static class ServerVariableValues
{
    /// <summary>The prefix of an environment reference.</summary>
    public const string EnvironmentPrefix = "env:";

    private static readonly string[] SecretNameParts = ["PrivateKey", "ClientId", "Password", "Secret", "Token"];

    /// <summary>Tells whether a value is an environment reference.</summary>
    /// <param name="value">The stored value.</param>
    /// <returns><see langword="true"/> for <c>env:NAME</c>.</returns>
    public static bool IsEnvironmentReference(string? value) =>
        value is not null && value.StartsWith(EnvironmentPrefix, StringComparison.Ordinal) && value.Length > EnvironmentPrefix.Length;

    /// <summary>Resolves environment references.</summary>
    /// <param name="stored">The values as stored.</param>
    /// <returns>The values to hand the connector.</returns>
    /// <exception cref="HostException">A referenced environment variable is not set.</exception>
    public static IReadOnlyDictionary<string, string?> Resolve(IReadOnlyDictionary<string, string?> stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        var resolved = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, value) in stored)
        {
            if (IsEnvironmentReference(value))
            {
                var variable = value![EnvironmentPrefix.Length..];
                resolved[name] = Environment.GetEnvironmentVariable(variable)
                    ?? throw new HostException($"Server variable {name} refers to environment variable {variable}, which is not set.");
            }
            else
            {
                resolved[name] = value;
            }
        }

        return resolved;
    }

    /// <summary>Tells whether a variable is secret: the manifest says so, or its name says so.</summary>
    /// <param name="name">The variable's name.</param>
    /// <param name="manifest">The connector's manifest, if known.</param>
    /// <returns><see langword="true"/> when its value must never be shown.</returns>
    public static bool IsSecret(string name, ConnectorManifest? manifest)
    {
        var definition = manifest?.ServerVariables.FirstOrDefault(v => string.Equals(v.Name, name, StringComparison.OrdinalIgnoreCase));
        return definition is { Secret: true } or { Type: ServerVariableType.Secret }
            || SecretNameParts.Any(p => name.Contains(p, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Gets a value as it may be shown: secrets masked, environment references named.</summary>
    /// <param name="name">The variable's name.</param>
    /// <param name="stored">The stored value.</param>
    /// <param name="manifest">The connector's manifest, if known.</param>
    /// <returns>The text to show.</returns>
    public static string Display(string name, string? stored, ConnectorManifest? manifest)
    {
        if (string.IsNullOrEmpty(stored))
        {
            return "(not set)";
        }

        if (IsEnvironmentReference(stored))
        {
            return stored;
        }

        return IsSecret(name, manifest) ? "********" : stored;
    }
}
