using Bss.IntegrationFramework;

namespace BssConnectWiseConnector.Sync.Merge;

/// <summary>
/// The three-way merge of a pulled record, field by field. The base is what the two sides agreed on at the last sync
/// (the link's snapshot, mapped back); a field changed only in ConnectWise is taken into the BSS, one changed only in
/// the BSS is kept (the push sends it), one changed on both sides is a conflict the group's policy decides. A
/// ConnectWise empty clears a BSS value only when ConnectWise cleared it after the base; fields without a
/// <see cref="MergeField{TRecord}"/> are never touched.
/// </summary>
internal static class RecordMerger
{
    /// <summary>Merges one record.</summary>
    /// <typeparam name="TRecord">The BSS record type.</typeparam>
    /// <param name="baseRecord">The agreed record at the last sync, or <see langword="null"/> when unknown.</param>
    /// <param name="bss">The BSS record now.</param>
    /// <param name="remote">ConnectWise's record now, mapped to BSS shape.</param>
    /// <param name="fields">The fields ConnectWise represents.</param>
    /// <param name="policyOf">The policy of a field group.</param>
    /// <param name="skip">Fields not to merge for this record (a reference ConnectWise holds that the BSS cannot name yet).</param>
    /// <param name="bssUntouched">Whether the BSS record is exactly what was last agreed (its fingerprint equals the link's): then no field changed in the BSS.</param>
    /// <param name="remoteIsNewer">Whether ConnectWise's record changed after the BSS record (for <see cref="OwnershipPolicy.Newest"/>).</param>
    /// <returns>The merge.</returns>
    public static RecordMergeResult<TRecord> Merge<TRecord>(
        TRecord? baseRecord,
        TRecord bss,
        TRecord remote,
        IReadOnlyList<MergeField<TRecord>> fields,
        Func<string, OwnershipPolicy> policyOf,
        IReadOnlySet<string> skip,
        bool bssUntouched,
        bool remoteIsNewer)
        where TRecord : BssRecord
    {
        ArgumentNullException.ThrowIfNull(bss);
        ArgumentNullException.ThrowIfNull(remote);
        ArgumentNullException.ThrowIfNull(fields);
        ArgumentNullException.ThrowIfNull(policyOf);
        ArgumentNullException.ThrowIfNull(skip);
        var merged = bss;
        var conflicts = new List<FieldConflict>();
        var remoteChanged = new HashSet<string>(StringComparer.Ordinal);
        var agrees = true;
        var held = false;
        var usedNewest = false;
        foreach (var field in fields)
        {
            if (skip.Contains(field.Name))
            {
                continue;
            }

            var policy = policyOf(field.Group);
            var s = field.Read(bss);
            var c = field.Read(remote);
            var known = baseRecord is not null;
            var b = known ? field.Read(baseRecord!) : null;
            if (!known || c != b)
            {
                remoteChanged.UnionWith(field.RemoteFields);
            }

            if (s == c)
            {
                continue;
            }

            var decision = Decide(known, b, s, c, policy, bssUntouched, remoteIsNewer);
            usedNewest |= decision.Conflict && policy == OwnershipPolicy.Newest;
            if (decision.Take)
            {
                merged = field.Take(merged, remote);
            }
            else if (!decision.Standing)
            {
                agrees = false;
            }

            held |= decision.Hold;
            if (decision.Conflict)
            {
                conflicts.Add(new FieldConflict(field.Name, field.Group, known ? b : null, s, c, Resolution(decision, policy)));
            }
        }

        return new RecordMergeResult<TRecord>(merged, conflicts, agrees && !held, held, remoteChanged, usedNewest);
    }

    private static Decision Decide(bool known, string? b, string? s, string? c, OwnershipPolicy policy, bool bssUntouched, bool remoteIsNewer)
    {
        if (!known)
        {
            // Nothing to tell which side changed: an empty never clears a value and a blank is filled; two values are a conflict.
            return c is null ? Decision.Keep : s is null ? Decision.TakeRemote : Conflict(policy, s, remoteIsNewer);
        }

        var remoteChanged = c != b;
        var bssChanged = !bssUntouched && s != b;
        if (!remoteChanged && !bssChanged)
        {
            // What was agreed still holds (a value each side writes its own way); a reported group keeps saying it differs.
            return policy == OwnershipPolicy.Report ? Decision.Reported : Decision.StandingKeep;
        }

        if (!remoteChanged)
        {
            return Decision.Keep;
        }

        if (!bssChanged)
        {
            return policy == OwnershipPolicy.Bss && s is not null ? Decision.Keep : Decision.TakeRemote;
        }

        return Conflict(policy, s, remoteIsNewer);
    }

    private static Decision Conflict(OwnershipPolicy policy, string? s, bool remoteIsNewer) => policy switch
    {
        OwnershipPolicy.Bss => s is null ? Decision.ConflictTaken : Decision.ConflictKept,
        OwnershipPolicy.ConnectWise => Decision.ConflictTaken,
        OwnershipPolicy.Newest => remoteIsNewer ? Decision.ConflictTaken : Decision.ConflictKept,
        _ => Decision.Reported,
    };

    private static string Resolution(Decision decision, OwnershipPolicy policy) => decision switch
    {
        { Hold: true } => $"Nothing changed (policy {policy}): the BSS keeps its value, ConnectWise its own, and the record is not pushed until one side is edited to settle it.",
        { Take: true } => policy == OwnershipPolicy.Newest
            ? "Took the ConnectWise value (policy Newest: ConnectWise changed it last)."
            : $"Took the ConnectWise value (policy {policy}).",
        _ => policy == OwnershipPolicy.Newest
            ? "Kept the BSS value (policy Newest: the BSS changed it last); the next push sends it to ConnectWise."
            : $"Kept the BSS value (policy {policy}); the next push sends it to ConnectWise.",
    };

    private sealed record Decision(bool Take, bool Conflict, bool Hold, bool Standing)
    {
        public static readonly Decision Keep = new(false, false, false, false);
        public static readonly Decision StandingKeep = new(false, false, false, true);
        public static readonly Decision TakeRemote = new(true, false, false, false);
        public static readonly Decision ConflictTaken = new(true, true, false, false);
        public static readonly Decision ConflictKept = new(false, true, false, false);
        public static readonly Decision Reported = new(false, true, true, false);
    }
}
