using System.Globalization;
using Bss.IntegrationFramework;
using Newtonsoft.Json;

namespace BssConnectWiseConnector.Sync.Linking;

/// <summary>
/// What an administrator chose for a customer's agreement when linking it by hand (<c>link</c>, the Link customer
/// page): the contact and the price per seat. Kept as link metadata, a link of its own per BSS account in the host's
/// link store (module <see cref="Module"/>, remote id = the company, snapshot = these terms), so no host needs a new
/// table and the terms go with the instance like every link. They apply only while the account is linked to the same
/// company: after an <c>unlink</c> and a link to another company, stale terms are ignored.
/// </summary>
/// <param name="CompanyId">The company the terms were chosen for.</param>
/// <param name="ContactId">The agreement's contact, if chosen.</param>
/// <param name="PricePerSeat">The price per seat of the customer's additions, if set.</param>
internal sealed record AgreementTerms(
    [property: JsonProperty("company")] int CompanyId,
    [property: JsonProperty("contact")] int? ContactId,
    [property: JsonProperty("pricePerSeat")] decimal? PricePerSeat)
{
    /// <summary>The link-store module the terms are kept under.</summary>
    public const string Module = "AgreementTerms";

    /// <summary>Reads the terms of an account that hold for its company.</summary>
    /// <param name="links">The link store.</param>
    /// <param name="accountId">The BSS account.</param>
    /// <param name="companyId">The company the account is linked to now.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The terms, or <see langword="null"/> when none were chosen for that company.</returns>
    public static async Task<AgreementTerms?> FindAsync(IIntegrationLinkStore links, string accountId, int companyId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(links);
        if (string.IsNullOrWhiteSpace(accountId))
        {
            return null;
        }

        var found = await links.GetManyAsync(Module, [accountId], cancellationToken).ConfigureAwait(false);
        if (!found.TryGetValue(accountId, out var link) || string.IsNullOrEmpty(link.Snapshot))
        {
            return null;
        }

        AgreementTerms? terms;
        try
        {
            terms = JsonConvert.DeserializeObject<AgreementTerms>(link.Snapshot);
        }
        catch (JsonException)
        {
            return null;
        }

        return terms?.CompanyId == companyId ? terms : null;
    }

    /// <summary>Keeps the terms of an account (or forgets them when nothing was chosen).</summary>
    /// <param name="links">The link store.</param>
    /// <param name="accountId">The BSS account.</param>
    /// <param name="time">The clock.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when they are saved.</returns>
    public Task SaveAsync(IIntegrationLinkStore links, string accountId, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(links);
        ArgumentNullException.ThrowIfNull(time);
        if (ContactId is null && PricePerSeat is null)
        {
            return links.RemoveAsync(Module, accountId, cancellationToken);
        }

        var text = JsonConvert.SerializeObject(this, Formatting.None);
        return links.SaveAsync(new IntegrationLink(Module, accountId, CompanyId.ToString(CultureInfo.InvariantCulture), null, time.GetUtcNow(), text), cancellationToken);
    }
}
