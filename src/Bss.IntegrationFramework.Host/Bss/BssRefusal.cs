namespace Bss.IntegrationFramework.Host.Bss;

/// <summary>A record of a records file that is not loaded, and every reason.</summary>
/// <param name="Location">Where: <c>accounts[3] (id A7)</c>.</param>
/// <param name="Reasons">Why, in the file's terms.</param>
internal sealed record BssRefusal(string Location, IReadOnlyList<string> Reasons)
{
    /// <inheritdoc />
    public override string ToString() => $"{Location}: {string.Join("; ", Reasons)}";
}
