using BssConnectWiseConnector.Http;
using BssConnectWiseConnector.Models;
using Newtonsoft.Json.Linq;

namespace BssConnectWiseConnector.Sync.Subscriptions;

/// <summary>
/// Reads the additions of many agreements with few requests: one agreement by a plain list, several through
/// <c>system/bundles</c>, 25 agreements per bundle. An agreement whose bundle answer failed, or filled a whole page, is
/// read again on its own, so nothing is ever missed.
/// </summary>
internal sealed class AdditionReader
{
    /// <summary>The agreements read per bundle.</summary>
    public const int BundleSize = 25;

    private const int PageSize = ConnectWiseDefaults.MaxPageSize;
    private readonly ModuleServices _services;
    private readonly TagFieldCache? _tags;

    /// <summary>Initializes a new instance of the <see cref="AdditionReader"/> class.</summary>
    /// <param name="services">The session's services.</param>
    /// <param name="tags">Learns the tag custom fields from what is read, if given.</param>
    public AdditionReader(ModuleServices services, TagFieldCache? tags = null)
    {
        _services = services;
        _tags = tags;
    }

    /// <summary>Reads the additions of agreements.</summary>
    /// <param name="agreementIds">The agreements.</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    /// <returns>Every agreement's additions, by agreement id.</returns>
    public async Task<IReadOnlyDictionary<int, IReadOnlyList<Addition>>> ReadAsync(IReadOnlyCollection<int> agreementIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(agreementIds);
        var ids = agreementIds.Distinct().Order().ToArray();
        var result = new Dictionary<int, IReadOnlyList<Addition>>();
        if (ids.Length == 1)
        {
            result[ids[0]] = await ListAsync(ids[0], cancellationToken).ConfigureAwait(false);
        }
        else
        {
            foreach (var chunk in ids.Chunk(BundleSize))
            {
                var answers = await _services.Client.SendBundleAsync(chunk.Select(Request).ToArray(), cancellationToken).ConfigureAwait(false);
                for (var index = 0; index < chunk.Length; index++)
                {
                    var answer = answers.FirstOrDefault(a => a.SequenceNumber == index + 1);
                    result[chunk[index]] = answer is { Success: true, Entities: { Count: < PageSize } entities }
                        ? entities.ToObject<List<Addition>>(ConnectWiseJson.Serializer) ?? []
                        : await ListAsync(chunk[index], cancellationToken).ConfigureAwait(false);
                }
            }
        }

        _tags?.Learn(result.Values.SelectMany(a => a));
        return result;
    }

    private static BundleRequest Request(int agreementId, int index) => new()
    {
        SequenceNumber = index + 1,
        ResourceType = "addition",
        ApiRequest = new JObject
        {
            ["parentId"] = agreementId,
            ["page"] = new JObject { ["page"] = 1, ["pageSize"] = PageSize },
        },
    };

    private async Task<IReadOnlyList<Addition>> ListAsync(int agreementId, CancellationToken cancellationToken)
    {
        var additions = new List<Addition>();
        await foreach (var addition in _services.Client.Additions(agreementId).ListAsync(new ListQuery { ForwardOnly = true }, cancellationToken).ConfigureAwait(false))
        {
            additions.Add(addition);
        }

        return additions;
    }
}
