using BssConnectWiseConnector.Settings;

namespace BssConnectWiseConnector.Diagnostics.Conformance;

/// <summary>
/// Refuses a conformance run against a site not known to be a sandbox: it creates companies, invoices and payments.
/// A site counts as one when its host starts with <c>sandbox-</c> (or <c>api-sandbox-</c>, the API host of such a
/// site), or when the administrator confirmed it.
/// </summary>
internal static class SandboxGuard
{
    /// <summary>Whether the site's host says it is a sandbox.</summary>
    /// <param name="site">The site.</param>
    /// <returns>True for a <c>sandbox-</c> host.</returns>
    public static bool IsSandboxHost(ConnectWiseSite site)
    {
        ArgumentNullException.ThrowIfNull(site);
        var host = site.SiteUrl.Host;
        return host.StartsWith("sandbox-", StringComparison.OrdinalIgnoreCase) || host.StartsWith("api-sandbox-", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Throws unless the run may go ahead.</summary>
    /// <param name="site">The site.</param>
    /// <param name="confirmed">Whether the administrator confirmed a sandbox.</param>
    public static void Demand(ConnectWiseSite site, bool confirmed)
    {
        if (!confirmed && !IsSandboxHost(site))
        {
            throw new InvalidOperationException(
                $"Conformance creates and deletes test records (a company, a contact, a catalog item, an agreement, an invoice, payments), so it runs only against a sandbox: {site.SiteUrl.Host} is not a sandbox- host. "
                + "Point the instance at a sandbox site, or confirm this site is one (--sandbox).");
        }
    }
}
