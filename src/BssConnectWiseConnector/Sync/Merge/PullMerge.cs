using System.Globalization;
using Bss.IntegrationFramework;
using BssConnectWiseConnector.Http;
using BssConnectWiseConnector.Settings;
using Newtonsoft.Json.Linq;

namespace BssConnectWiseConnector.Sync.Merge;

/// <summary>
/// Turns a pulled ConnectWise record into what the host stores: for a record the BSS already has, the three-way merge
/// of <see cref="RecordMerger"/> against the link's snapshot; for a new one, the record as pulled. Either way the
/// link is left agreeing with what was stored (<see cref="AgreedState"/>), so the next push sends only what the BSS
/// still has to give and a pulled record is never pushed back for fields ConnectWise did not give it.
/// </summary>
/// <typeparam name="TRemote">The ConnectWise record type.</typeparam>
/// <typeparam name="TRecord">The BSS record type.</typeparam>
internal sealed class PullMerge<TRemote, TRecord>
    where TRemote : class
    where TRecord : BssRecord
{
    private static readonly IReadOnlySet<string> None = new HashSet<string>();

    private readonly IReadOnlyList<MergeField<TRecord>> _fields;
    private readonly Func<PushBaseline<TRecord>?> _baseline;
    private readonly IReadOnlyDictionary<string, OwnershipPolicy> _policies;
    private readonly IBssRecordSource _records;
    private Tuple<IReadOnlyList<string>, HashSet<string>>? _baselineFields;
    private PushBaseline<TRecord>? _baselineValue;
    private bool _baselineBuilt;

    /// <summary>Initializes a new instance of the <see cref="PullMerge{TRemote, TRecord}"/> class.</summary>
    /// <param name="module">The module.</param>
    /// <param name="fields">The fields ConnectWise represents.</param>
    /// <param name="baseline">The module's push, as far as a link is concerned (asked for when first needed, once).</param>
    /// <param name="ownership">The ownership policies.</param>
    /// <param name="records">The BSS records.</param>
    public PullMerge(string module, IReadOnlyList<MergeField<TRecord>> fields, Func<PushBaseline<TRecord>?> baseline, FieldOwnership ownership, IBssRecordSource records)
    {
        _fields = fields;
        _baseline = baseline;
        _policies = ownership.Policies(module);
        _records = records;
    }

    /// <summary>Reads ConnectWise's <c>_info.lastUpdated</c>.</summary>
    /// <param name="info">The record's <c>_info</c>.</param>
    /// <returns>The time, or <see langword="null"/>.</returns>
    public static DateTimeOffset? LastUpdated(IReadOnlyDictionary<string, string?>? info) =>
        info is not null && info.TryGetValue("lastUpdated", out var text)
        && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time) ? time : null;

    /// <summary>Merges one pulled record.</summary>
    /// <param name="remote">ConnectWise's record.</param>
    /// <param name="mapped">It, mapped to BSS shape (with the linked BSS id, if any).</param>
    /// <param name="remoteId">Its id.</param>
    /// <param name="deleted">Whether ConnectWise marks it deleted.</param>
    /// <param name="link">Its link, if any.</param>
    /// <param name="mapBase">Maps a ConnectWise record of the same kind (the last snapshot) to BSS shape.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>What the host stores.</returns>
    public async Task<PulledRecord<TRecord>> MergeAsync(
        TRemote remote,
        MappedPull<TRecord> mapped,
        string remoteId,
        bool deleted,
        IntegrationLink? link,
        Func<TRemote, Task<MappedPull<TRecord>>> mapBase,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(remote);
        ArgumentNullException.ThrowIfNull(mapped);
        ArgumentNullException.ThrowIfNull(mapBase);
        var baseline = Baseline();
        if (deleted || baseline is null)
        {
            return new PulledRecord<TRecord>(mapped.Record, remoteId, deleted);
        }

        var bss = link is null ? null : await _records.FindAsync<TRecord>(link.BssId, cancellationToken).ConfigureAwait(false);
        var last = bss is null ? null : PayloadSnapshot.Parse(link!.Snapshot);
        // Only the fields a snapshot holds (and those the last one held) are read from ConnectWise's record.
        var fields = FieldsToRead(baseline.BaselineFields, last);
        if (link is null || bss is null)
        {
            // New to the BSS: stored as pulled, and the link agrees with it, so pushing it back is Unchanged at no request.
            // Its snapshot is all of ConnectWise's fields, written from the model without a token tree (issue 16).
            var fresh = link is null ? mapped.Record : mapped.Record with { Id = link.BssId };
            var snapshot = AgreedSnapshot.BuildNew(remote, baseline.BaselineFields, fields);
            return new PulledRecord<TRecord>(fresh, remoteId, false)
            {
                Agreed = new AgreedState(snapshot, await baseline.FingerprintAsync(fresh, cancellationToken).ConfigureAwait(false)),
            };
        }

        var remoteJson = AgreedSnapshot.Json(remote, fields);
        var baseMapped = last is null ? null
            : await mapBase(AgreedSnapshot.WithRemoteNames(last, remoteJson).ToObject<TRemote>(ConnectWiseJson.Serializer)!).ConfigureAwait(false);
        var skip = new HashSet<string>(mapped.Unresolved, StringComparer.Ordinal);
        skip.UnionWith(baseMapped?.Unresolved ?? None);
        var fingerprint = await baseline.FingerprintAsync(bss, cancellationToken).ConfigureAwait(false);
        var untouched = fingerprint is not null && fingerprint == link.PayloadHash;
        OwnershipPolicy PolicyOf(string group) => _policies.TryGetValue(group, out var policy) ? policy : OwnershipPolicy.Bss;
        var result = RecordMerger.Merge(baseMapped?.Record, bss, mapped.Record, _fields, PolicyOf, skip, untouched, remoteIsNewer: true);
        if (result.UsedNewest && !await RemoteIsNewerAsync(remote, link.BssId, cancellationToken).ConfigureAwait(false))
        {
            result = RecordMerger.Merge(baseMapped?.Record, bss, mapped.Record, _fields, PolicyOf, skip, untouched, remoteIsNewer: false);
        }

        var merged = result.Merged with { Id = link.BssId };
        var agreed = new AgreedState(
            AgreedSnapshot.Build(last, remoteJson, baseline.BaselineFields, result.RemoteChangedFields),
            result.Agrees || result.Held ? await baseline.FingerprintAsync(merged, cancellationToken).ConfigureAwait(false) : null);
        return new PulledRecord<TRecord>(merged, remoteId, false)
        {
            Agreed = agreed,
            Unchanged = merged == bss,
            Conflicts = result.Conflicts,
        };
    }

    // The session's push module does not change during a pull, so its baseline is built once per merge, not once per
    // record (each build made a delegate over an interface method: 4.9 % of a full pull's thread time in a trace;
    // docs/benchmarks.md, "The .NET floor").
    private PushBaseline<TRecord>? Baseline()
    {
        if (!_baselineBuilt)
        {
            _baselineValue = _baseline();
            _baselineBuilt = true;
        }

        return _baselineValue;
    }

    // The baseline's fields, and those the last snapshot held; without a snapshot (every record of a first pull) the
    // one set of the module's baseline, built once, not once per record.
    private HashSet<string> FieldsToRead(IReadOnlyList<string> baselineFields, JObject? last)
    {
        if (last is null)
        {
            var known = _baselineFields;
            if (known is null || known.Item1 != baselineFields)
            {
                known = Tuple.Create(baselineFields, new HashSet<string>(baselineFields, StringComparer.Ordinal));
                _baselineFields = known;
            }

            return known.Item2;
        }

        var fields = new HashSet<string>(baselineFields, StringComparer.Ordinal);
        fields.UnionWith(last.Properties().Select(p => p.Name));
        return fields;
    }

    // The BSS record's time against ConnectWise's: a side whose time is unknown is the older.
    private async Task<bool> RemoteIsNewerAsync(TRemote remote, string bssId, CancellationToken cancellationToken)
    {
        var remoteAt = LastUpdated(JObject.FromObject(remote, ConnectWiseJson.Serializer)["_info"]?.ToObject<Dictionary<string, string?>>());
        var bssAt = await _records.FindChangedAtAsync<TRecord>(bssId, cancellationToken).ConfigureAwait(false);
        return remoteAt is not null && (bssAt is null || remoteAt > bssAt);
    }
}
