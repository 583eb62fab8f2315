namespace Bss.IntegrationFramework;

/// <summary>Where a pull starts.</summary>
/// <param name="Cursor">The checkpoint saved after the last stored batch, or <see langword="null"/> for a full read.</param>
public sealed record PullRequest(string? Cursor)
{
    /// <summary>
    /// Gets the remote ids to read instead of what changed since <see cref="Cursor"/> (a change notification named
    /// them), or <see langword="null"/> for a pull by cursor. The module reads them with one <c>id in (…)</c> request per
    /// batch, maps them as a scheduled pull does, leaves out ids the remote system no longer has, and gives every
    /// batch a <see langword="null"/> checkpoint: a pull by ids never moves the cursor.
    /// </summary>
    public IReadOnlyList<string>? RemoteIds { get; init; }
}
