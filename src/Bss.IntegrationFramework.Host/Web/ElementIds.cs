namespace Bss.IntegrationFramework.Host.Web;

/// <summary>Element ids made from names, so labels, errors and descriptions can point at their fields.</summary>
internal static class ElementIds
{
    /// <summary>Makes an element id from a name: letters and digits kept, anything else as '-'.</summary>
    /// <param name="prefix">The id's prefix.</param>
    /// <param name="name">The name.</param>
    /// <returns>The id.</returns>
    public static string For(string prefix, string name) =>
        prefix + "-" + new string([.. name.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-')]);
}
