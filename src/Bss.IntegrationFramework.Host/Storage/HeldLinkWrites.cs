namespace Bss.IntegrationFramework.Host.Storage;

/// <summary>The links a push batch saved and removed, held to be written with the batch's results.</summary>
/// <param name="Saved">The links saved, the last of each record.</param>
/// <param name="Removed">The records whose link was removed (and not saved again after).</param>
internal sealed record HeldLinkWrites(IReadOnlyList<IntegrationLink> Saved, IReadOnlyList<(string Module, string BssId)> Removed)
{
    /// <summary>Gets whether there is nothing to write.</summary>
    public bool IsEmpty => Saved.Count == 0 && Removed.Count == 0;
}
