namespace Bss.IntegrationFramework.Host.Bss;

/// <summary>The records read from a BSS records file, and every problem found in it.</summary>
/// <param name="Records">The records that could be read, in file order, entities in dependency order.</param>
/// <param name="Errors">Every problem found; a file with any is loaded not at all, unless invalid records are skipped.</param>
internal sealed record BssFileContent(IReadOnlyList<BssRecord> Records, IReadOnlyList<BssFileError> Errors)
{
    /// <summary>Gets a value indicating whether the file can be loaded.</summary>
    public bool IsValid => Errors.Count == 0;

    /// <summary>Gets the records that can be loaded when invalid ones are skipped: valid, and referring to no refused record.</summary>
    public IReadOnlyList<BssRecord> Accepted { get; init; } = [];

    /// <summary>Gets the records refused when invalid ones are skipped, each with every reason (a reference to a refused record is one).</summary>
    public IReadOnlyList<BssRefusal> Refused { get; init; } = [];
}
