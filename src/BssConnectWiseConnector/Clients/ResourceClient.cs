using System.Globalization;
using System.Runtime.CompilerServices;
using BssConnectWiseConnector.Http;
using Newtonsoft.Json.Linq;

namespace BssConnectWiseConnector.Clients;

/// <summary>Builds the routes of one resource collection and checks arguments; the connection does the rest.</summary>
/// <typeparam name="T">The record type.</typeparam>
internal sealed class ResourceClient<T> : IResourceClient<T>
    where T : class
{
    private readonly IConnectWiseConnection _connection;

    /// <summary>Initializes a new instance of the <see cref="ResourceClient{T}"/> class.</summary>
    /// <param name="connection">The connection.</param>
    /// <param name="route">The collection route from <see cref="ApiRoutes"/>.</param>
    public ResourceClient(IConnectWiseConnection connection, string route)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(route);
        _connection = connection;
        Route = route.TrimEnd('/');
    }

    /// <inheritdoc />
    public string Route { get; }

    /// <inheritdoc />
    public IAsyncEnumerable<ConnectWisePage<T>> ListPagesAsync(ListQuery query, CancellationToken cancellationToken = default) =>
        _connection.ListPagesAsync<T>(Route, query ?? throw new ArgumentNullException(nameof(query)), cancellationToken);

    /// <inheritdoc />
    public async IAsyncEnumerable<T> ListAsync(ListQuery query, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var page in ListPagesAsync(query, cancellationToken).ConfigureAwait(false))
        {
            foreach (var item in page.Items)
            {
                yield return item;
            }
        }
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<T>> FindInAsync(string path, IReadOnlyCollection<object> values, Condition? extra = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(values);
        var found = new List<T>();
        if (values.Count == 0)
        {
            return found;
        }

        var exact = values.Where(Condition.IsExactlyComparable).ToArray();
        foreach (var condition in exact.Length == 0 ? [] : ConditionChunker.ChunkIn(path, exact))
        {
            var query = new ListQuery { Conditions = extra is null ? condition : Condition.And(condition, extra), ForwardOnly = true };
            await foreach (var item in ListAsync(query, cancellationToken).ConfigureAwait(false))
            {
                found.Add(item);
            }
        }

        // A key with '"', '\', '*' or '[' has no safe literal: one like request per key, then the exact comparison
        // (case-insensitive, as ConnectWise compares strings) keeps only the records that really hold it.
        var inexact = values.OfType<string>().Where(v => !Condition.IsExactlyComparable(v)).Distinct(StringComparer.OrdinalIgnoreCase);
        foreach (var key in inexact)
        {
            var like = Condition.LikeWithout(path, key);
            var query = new ListQuery { Conditions = extra is null ? like : Condition.And(like, extra), ForwardOnly = true };
            await foreach (var item in ListAsync(query, cancellationToken).ConfigureAwait(false))
            {
                if (string.Equals(ValueAt(item, path), key, StringComparison.OrdinalIgnoreCase) && !found.Contains(item))
                {
                    found.Add(item);
                }
            }
        }

        return found;
    }

    private static string? ValueAt(T item, string path) =>
        JObject.FromObject(item, ConnectWiseJson.Serializer).SelectToken(path.Replace('/', '.'), errorWhenNoMatch: false) is JValue { Value: { } value }
            ? Convert.ToString(value, CultureInfo.InvariantCulture)
            : null;

    /// <inheritdoc />
    public Task<int> CountAsync(Condition? conditions = null, CancellationToken cancellationToken = default) =>
        _connection.CountAsync(Route, conditions, cancellationToken);

    /// <inheritdoc />
    public Task<T?> GetAsync(int id, CancellationToken cancellationToken = default) =>
        _connection.FindAsync<T>(Item(id), cancellationToken);

    /// <inheritdoc />
    public Task<T> CreateAsync(T record, CancellationToken cancellationToken = default) =>
        _connection.SendAsync<T>(HttpMethod.Post, Route, record ?? throw new ArgumentNullException(nameof(record)), cancellationToken);

    /// <inheritdoc />
    public Task<T> PatchAsync(int id, IReadOnlyList<PatchOperation> operations, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(operations);
        if (operations.Count == 0)
        {
            throw new ArgumentException("A PATCH needs at least one operation.", nameof(operations));
        }

        return _connection.SendAsync<T>(HttpMethod.Patch, Item(id), operations, cancellationToken);
    }

    /// <inheritdoc />
    public Task DeleteAsync(int id, CancellationToken cancellationToken = default) =>
        _connection.DeleteAsync(Item(id), cancellationToken);

    private string Item(int id)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(id);
        return Route + "/" + id.ToString(CultureInfo.InvariantCulture);
    }
}
