using BssConnectWiseConnector.Clients;
using BssConnectWiseConnector.Http;
using BssConnectWiseConnector.Http.Errors;
using BssConnectWiseConnector.Models;
using Microsoft.Extensions.Logging;
using Newtonsoft.Json.Linq;

namespace BssConnectWiseConnector.Sync.Subscriptions;

/// <summary>
/// Reads the additions of many agreements with few requests: one agreement by a plain list, several through
/// <c>system/bundles</c>, 25 agreements per bundle. Each request of a bundle has its own status; an agreement whose
/// request failed, or filled a whole page, and every agreement of a bundle refused as a whole, is read on its own
/// (<c>finance/agreements/{id}/additions</c>), so nothing is ever missed and a refused bundle never ends the run.
/// </summary>
/// <param name="client">The agreements' additions and the bundles.</param>
/// <param name="loggerFactory">Where a refused bundle is logged.</param>
/// <param name="tags">Learns the tag custom fields from what is read, if given.</param>
internal sealed class AdditionReader(IAgreementResources client, ILoggerFactory loggerFactory, TagFieldCache? tags = null)
{
    /// <summary>The agreements read per bundle.</summary>
    public const int BundleSize = 25;

    private const int PageSize = ConnectWiseDefaults.MaxPageSize;
    private readonly ILogger _logger = loggerFactory.CreateLogger<AdditionReader>();
    private readonly TagFieldCache? _tags = tags;

    /// <summary>Reads the additions of agreements.</summary>
    /// <param name="agreementIds">The agreements.</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    /// <returns>Every agreement's additions, by agreement id.</returns>
    public Task<IReadOnlyDictionary<int, IReadOnlyList<Addition>>> ReadAsync(IReadOnlyCollection<int> agreementIds, CancellationToken cancellationToken) =>
        ReadAsync(agreementIds, null, cancellationToken);

    /// <summary>Reads the additions of agreements that meet a condition (such as changed since a time), with the same requests.</summary>
    /// <param name="agreementIds">The agreements.</param>
    /// <param name="conditions">The condition every addition read meets, or <see langword="null"/> for all.</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    /// <returns>Every agreement's additions that meet it, by agreement id.</returns>
    public async Task<IReadOnlyDictionary<int, IReadOnlyList<Addition>>> ReadAsync(IReadOnlyCollection<int> agreementIds, Condition? conditions, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(agreementIds);
        var ids = agreementIds.Distinct().Order().ToArray();
        var result = new Dictionary<int, IReadOnlyList<Addition>>();
        if (ids.Length == 1)
        {
            result[ids[0]] = await ListAsync(ids[0], conditions, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            foreach (var chunk in ids.Chunk(BundleSize))
            {
                var answers = await SendBundleAsync(chunk, conditions, cancellationToken).ConfigureAwait(false);
                for (var index = 0; index < chunk.Length; index++)
                {
                    var answer = answers.FirstOrDefault(a => a.SequenceNumber == index + 1);
                    result[chunk[index]] = answer is { Succeeded: true, Entities: { Count: < PageSize } entities }
                        ? entities.ToObject<List<Addition>>(ConnectWiseJson.Serializer) ?? []
                        : await ListAsync(chunk[index], conditions, cancellationToken).ConfigureAwait(false);
                }
            }
        }

        _tags?.Learn(result.Values.SelectMany(a => a));
        return result;
    }

    // A bundle refused as a whole (a non-2xx answer: an unsupported resource type, a server error after the retries)
    // costs only the plain reads of its agreements; the run goes on. A refused credential fails those reads too.
    private async Task<IReadOnlyList<BundleResult>> SendBundleAsync(int[] chunk, Condition? conditions, CancellationToken cancellationToken)
    {
        try
        {
            return await client.SendBundleAsync(chunk.Select((id, index) => Request(id, index, conditions)).ToArray(), cancellationToken).ConfigureAwait(false);
        }
        catch (ConnectWiseApiException e) when (e is not ConnectWiseAuthenticationException { IsPermission: false })
        {
            _logger.LogWarning(
                "ConnectWise refused a bundle of {Count} addition reads ({Status} {Code}); reading each agreement's additions on its own.",
                chunk.Length,
                (int)e.StatusCode,
                e.Code);
            return [];
        }
    }

    // A condition goes into the bundle's filters as the same text a list's query string takes (BUNDLE: apiRequest.filters.conditions).
    private static BundleRequest Request(int agreementId, int index, Condition? conditions)
    {
        var request = new JObject { ["parentId"] = agreementId, ["page"] = new JObject { ["page"] = 1, ["pageSize"] = PageSize } };
        if (conditions is not null)
        {
            request["filters"] = new JObject { ["conditions"] = conditions.Text };
        }

        return new BundleRequest { SequenceNumber = index + 1, ResourceType = "addition", ApiRequest = request };
    }

    /// <summary>Reads every addition of one agreement in forward-only pages; an agreement that is gone fails the read.</summary>
    /// <param name="agreementId">The agreement.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>Its additions.</returns>
    public async Task<IReadOnlyList<Addition>> ReadOneAsync(int agreementId, CancellationToken cancellationToken)
    {
        var additions = await ListAsync(agreementId, null, cancellationToken, goneIsEmpty: false).ConfigureAwait(false);
        _tags?.Learn(additions);
        return additions;
    }

    private async Task<IReadOnlyList<Addition>> ListAsync(int agreementId, Condition? conditions, CancellationToken cancellationToken, bool goneIsEmpty = true)
    {
        var additions = new List<Addition>();
        try
        {
            await foreach (var addition in client.Additions(agreementId).ListAsync(new ListQuery { ForwardOnly = true, Conditions = conditions }, cancellationToken).ConfigureAwait(false))
            {
                additions.Add(addition);
            }
        }
        catch (ConnectWiseNotFoundException) when (goneIsEmpty)
        {
            // The agreement was deleted after it was found: it has no additions, and a write to it fails on its own record.
            _logger.LogInformation("Agreement {AgreementId} no longer exists; it has no additions to read.", agreementId);
            return [];
        }

        return additions;
    }
}
