namespace Bss.IntegrationFramework.Host.Bss;

/// <summary>One invalid record (or part) of a BSS records file.</summary>
/// <param name="Location">Where: <c>accounts[3]</c>, with the record's id when it has one.</param>
/// <param name="Message">What is wrong.</param>
internal sealed record BssFileError(string Location, string Message)
{
    /// <inheritdoc />
    public override string ToString() => $"{Location}: {Message}";
}
