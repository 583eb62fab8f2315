using System.Globalization;

namespace Bss.IntegrationFramework.Host.Instances;

/// <summary>
/// Linking a BSS account by hand to a ConnectWise company (<c>link</c> and the Link customer page), through the
/// optional <see cref="ICustomerLinking"/> capability of the instance's connector session: the connector searches,
/// lists contacts and checks and writes the link; the host only opens the session.
/// </summary>
/// <param name="services">The host services.</param>
internal sealed class CustomerLinking(HostServices services)
{
    /// <summary>Searches companies by name or identifier, one page of 25.</summary>
    /// <param name="instanceName">The instance.</param>
    /// <param name="text">What was typed.</param>
    /// <param name="after">The next-page position of the page before, if any.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The page.</returns>
    /// <exception cref="HostException">The connector cannot link customers, or the position is not one.</exception>
    public Task<RemoteCompanyPage> SearchAsync(string instanceName, string text, string? after, CancellationToken cancellationToken) =>
        WithSessionAsync(instanceName, linking => linking.SearchCompaniesAsync(text, after, cancellationToken), cancellationToken);

    /// <summary>Lists a company's active contacts.</summary>
    /// <param name="instanceName">The instance.</param>
    /// <param name="companyId">The company.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The contacts, the default one first.</returns>
    /// <exception cref="HostException">The connector cannot link customers, or the id is not one.</exception>
    public Task<IReadOnlyList<RemoteContact>> ContactsAsync(string instanceName, string companyId, CancellationToken cancellationToken) =>
        WithSessionAsync(instanceName, linking => linking.ListContactsAsync(companyId, cancellationToken), cancellationToken);

    /// <summary>Links an account, or tells why not.</summary>
    /// <param name="instanceName">The instance.</param>
    /// <param name="request">What to link.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>What was linked, or the refusal.</returns>
    /// <exception cref="HostException">The connector cannot link customers.</exception>
    public Task<CustomerLinkOutcome> LinkAsync(string instanceName, CustomerLinkRequest request, CancellationToken cancellationToken) =>
        WithSessionAsync(instanceName, linking => linking.LinkCustomerAsync(request, cancellationToken), cancellationToken);

    /// <summary>Reads a price per seat as the administrator typed it (a point for decimals, whatever the machine's culture).</summary>
    /// <param name="text">The text; empty for none.</param>
    /// <param name="field">How the message names the field.</param>
    /// <returns>The price, or <see langword="null"/> when none was typed.</returns>
    /// <exception cref="HostException">The text is not a price.</exception>
    public static decimal? ParsePrice(string? text, string field)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        return decimal.TryParse(text.Trim(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var price)
            ? price
            : throw new HostException($"{field}: '{text.Trim()}' is not a price; write a number of at least 0 with a point for decimals, such as 12.50.");
    }

    private async Task<T> WithSessionAsync<T>(string instanceName, Func<ICustomerLinking, Task<T>> work, CancellationToken cancellationToken)
    {
        var runtime = await InstanceRuntime.CreateAsync(services, instanceName, null, cancellationToken).ConfigureAwait(false);
        await using (runtime.ConfigureAwait(false))
        {
            var session = await runtime.Connector.OpenSessionAsync(runtime.Context, cancellationToken).ConfigureAwait(false);
            await using (session.ConfigureAwait(false))
            {
                if (session is not ICustomerLinking linking)
                {
                    throw new HostException($"The connector of instance '{instanceName}' ({runtime.Connector.Manifest.Name}) cannot link customers by hand.");
                }

                try
                {
                    return await work(linking).ConfigureAwait(false);
                }
                catch (ArgumentException e)
                {
                    throw new HostException(e.Message, e);
                }
            }
        }
    }
}
