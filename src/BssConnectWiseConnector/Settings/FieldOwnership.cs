namespace BssConnectWiseConnector.Settings;

/// <summary>
/// The field ownership the administrator set: a plain value of the settings, compared by value (equal settings keep
/// the connector's transport), held as the canonical <c>module:Group=Policy,…|…</c> text of the modules set. What it
/// means (the groups, their defaults, the policies) is the pull merge's, <c>Sync/Merge/OwnershipDefaults</c>, so a
/// push, which reads the settings, does not read the merge rules.
/// </summary>
/// <param name="Text">The canonical text; empty when nothing was set.</param>
internal sealed record FieldOwnership(string Text = "");
