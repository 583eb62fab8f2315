namespace BssConnectWiseConnector.Sync.Merge;

/// <summary>A BSS field a pull may merge: how to read it for comparison and how to take ConnectWise's value into the BSS record.</summary>
/// <typeparam name="TRecord">The BSS record type.</typeparam>
/// <param name="Name">The BSS field as reports name it (<c>phone</c>, <c>billingAddress.city</c>).</param>
/// <param name="Group">The field group whose ownership policy applies.</param>
/// <param name="RemoteFields">The ConnectWise fields the value comes from (which parts of a link's snapshot it refreshes).</param>
/// <param name="Read">The value compared across base, BSS and ConnectWise: normalized text, <see langword="null"/> when empty.</param>
/// <param name="Take">Copies the field from the second record (ConnectWise's, mapped) into the first (the BSS's).</param>
internal sealed record MergeField<TRecord>(string Name, string Group, IReadOnlyList<string> RemoteFields, Func<TRecord, string?> Read, Func<TRecord, TRecord, TRecord> Take);
