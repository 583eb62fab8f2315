using System.CommandLine;

namespace Bss.IntegrationFramework.Host.Cli;

/// <summary>Arguments and options several commands share.</summary>
internal static class CommonArguments
{
    /// <summary>Creates the instance name argument.</summary>
    /// <returns>The argument.</returns>
    public static Argument<string> Instance() => new("NAME") { Description = "The instance name." };

    /// <summary>Creates the <c>--json</c> option.</summary>
    /// <returns>The option.</returns>
    public static Option<bool> Json() => new("--json") { Description = "Print JSON instead of text." };

    /// <summary>Creates the module argument.</summary>
    /// <returns>The argument.</returns>
    public static Argument<string> Module() => new("MODULE") { Description = $"The module: {string.Join(", ", BssModules.All)}." };

    /// <summary>Parses <c>Name=Value</c> pairs.</summary>
    /// <param name="pairs">The pairs.</param>
    /// <returns>The values by name.</returns>
    /// <exception cref="HostException">A pair has no '='.</exception>
    public static Dictionary<string, string?> ParsePairs(IEnumerable<string>? pairs)
    {
        var values = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (var pair in pairs ?? [])
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                throw new HostException($"'{Mask(pair)}' is not Name=Value (use Name=env:VARIABLE to read a key from the environment).");
            }

            values[pair[..equals].Trim()] = pair[(equals + 1)..];
        }

        return values;
    }

    /// <summary>Finds a module by name, ignoring case.</summary>
    /// <param name="module">The name typed.</param>
    /// <returns>The module's canonical name.</returns>
    /// <exception cref="HostException">No such module.</exception>
    public static string CanonicalModule(string module) =>
        BssModules.All.FirstOrDefault(m => string.Equals(m, module, StringComparison.OrdinalIgnoreCase))
        ?? throw new HostException($"'{module}' is not a module (use one of {string.Join(", ", BssModules.All)}).");

    // A malformed pair may hold a secret: never echo more than its first characters.
    private static string Mask(string text) => text.Length <= 4 ? text : text[..4] + "…";
}
