namespace Bss.IntegrationFramework.Host.Bss;

/// <summary>The records read from a BSS records file, and every problem found in it.</summary>
/// <param name="Records">The valid records, in file order, entities in dependency order.</param>
/// <param name="Errors">Every problem found; a file with any is loaded not at all.</param>
internal sealed record BssFileContent(IReadOnlyList<BssRecord> Records, IReadOnlyList<BssFileError> Errors)
{
    /// <summary>Gets a value indicating whether the file can be loaded.</summary>
    public bool IsValid => Errors.Count == 0;
}
