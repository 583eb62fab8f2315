using BssConnectWiseConnector.Clients;
using BssConnectWiseConnector.Http;

namespace BssConnectWiseConnector.Sync;

/// <summary>
/// Finds remote records by natural key in as few requests as possible: a few keys go into <c>key in (…)</c>
/// conditions (one request per ~1,400 URL characters); many keys are matched against an index of the whole
/// collection read once per session in forward-only pages of 1,000 (one request per 1,000 remote records) when
/// that is cheaper, as it is for an initial push of thousands of records.
/// </summary>
/// <typeparam name="TRemote">The ConnectWise record type.</typeparam>
internal sealed class NaturalKeyLookup<TRemote>
    where TRemote : class
{
    private readonly IResourceClient<TRemote> _client;
    private readonly string _queryPath;
    private readonly string? _fields;
    private readonly Func<TRemote, IEnumerable<string>> _keysOf;
    private readonly Func<IReadOnlyCollection<string>, IReadOnlyCollection<object>> _queryValues;
    private readonly Lock _gate = new();
    private Task<Dictionary<string, TRemote>>? _loading;
    private Dictionary<string, TRemote>? _index;

    /// <summary>Initializes a new instance of the <see cref="NaturalKeyLookup{TRemote}"/> class, for a key that is a field.</summary>
    /// <param name="client">The collection's client.</param>
    /// <param name="keyPath">The key's field path, such as <c>identifier</c>.</param>
    /// <param name="fields">The fields the index keeps (the key, the id and the managed fields), or <see langword="null"/> for all.</param>
    /// <param name="keyOf">Reads a record's key.</param>
    public NaturalKeyLookup(IResourceClient<TRemote> client, string keyPath, string? fields, Func<TRemote, string?> keyOf)
        : this(client, keyPath, fields, r => keyOf(r) is { } key ? [key] : [], keys => keys.Cast<object>().ToArray())
    {
    }

    /// <summary>Initializes a new instance of the <see cref="NaturalKeyLookup{TRemote}"/> class, for a composite key.</summary>
    /// <param name="client">The collection's client.</param>
    /// <param name="queryPath">The field the requests filter on, such as <c>company/id</c>.</param>
    /// <param name="fields">The fields the index keeps, or <see langword="null"/> for all.</param>
    /// <param name="keysOf">Reads every key a record can be matched by.</param>
    /// <param name="queryValues">Turns the wanted keys into the values of <paramref name="queryPath"/> to ask for.</param>
    public NaturalKeyLookup(IResourceClient<TRemote> client, string queryPath, string? fields, Func<TRemote, IEnumerable<string>> keysOf, Func<IReadOnlyCollection<string>, IReadOnlyCollection<object>> queryValues)
    {
        _client = client;
        _queryPath = queryPath;
        _fields = fields;
        _keysOf = keysOf;
        _queryValues = queryValues;
    }

    /// <summary>Finds the records with any of the keys.</summary>
    /// <param name="keys">The keys.</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    /// <returns>The records found.</returns>
    public async Task<IReadOnlyList<TRemote>> FindAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var values = _queryValues(keys);
        if (_index is null && values.Count > 1)
        {
            // Keys without an exact literal cost one request each (ResourceClient.FindInAsync).
            var exact = values.Where(Condition.IsExactlyComparable).ToArray();
            var chunks = (exact.Length == 0 ? 0 : ConditionChunker.ChunkIn(_queryPath, exact).Count) + (values.Count - exact.Length);
            if (chunks > 2)
            {
                var count = await _client.CountAsync(null, cancellationToken).ConfigureAwait(false);
                var pages = (count + ConnectWiseDefaults.MaxPageSize - 1) / ConnectWiseDefaults.MaxPageSize;
                if (pages + 1 < chunks)
                {
                    await LoadIndexAsync(cancellationToken).ConfigureAwait(false);
                }
            }
        }

        if (_index is { } index && keys.Count > 1)
        {
            return keys.Select(k => index.GetValueOrDefault(k)).OfType<TRemote>().Distinct().ToArray();
        }

        // A single key (a recovery after ObjectExists, a re-created record) is always asked for fresh.
        return await _client.FindInAsync(_queryPath, values, cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    private async Task LoadIndexAsync(CancellationToken cancellationToken)
    {
        Task<Dictionary<string, TRemote>> loading;
        lock (_gate)
        {
            loading = _loading ??= ReadIndexAsync(cancellationToken);
        }

        _index = await loading.ConfigureAwait(false);
    }

    private async Task<Dictionary<string, TRemote>> ReadIndexAsync(CancellationToken cancellationToken)
    {
        var index = new Dictionary<string, TRemote>(StringComparer.OrdinalIgnoreCase);
        await foreach (var record in _client.ListAsync(new ListQuery { ForwardOnly = true, Fields = _fields }, cancellationToken).ConfigureAwait(false))
        {
            foreach (var key in _keysOf(record))
            {
                index.TryAdd(key, record);
            }
        }

        return index;
    }
}
