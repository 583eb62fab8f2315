namespace Bss.IntegrationFramework;

/// <summary>
/// An optional capability of a connector session: linking an existing BSS account by hand to a remote customer the
/// administrator chooses (the BSS's "Add Customer Integration"), before any push, with the contact and the price per
/// seat its agreement is created with. A host finds it by testing whether its <see cref="IConnectorSession"/> also
/// implements this interface. Searches read one page of <see cref="RemoteCompanyPage.PageSize"/> records per
/// request, never the whole list.
/// </summary>
public interface ICustomerLinking
{
    /// <summary>Searches the remote companies whose name or identifier contains the text, one page at a time.</summary>
    /// <param name="text">What the administrator typed; an empty text lists every company, a page at a time.</param>
    /// <param name="after">The <see cref="RemoteCompanyPage.Next"/> of the page before, or <see langword="null"/> for the first page.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>One page of companies, each with the BSS account already linked to it, if any.</returns>
    Task<RemoteCompanyPage> SearchCompaniesAsync(string text, string? after, CancellationToken cancellationToken = default);

    /// <summary>Lists the active contacts of a company, to choose the agreement's contact from.</summary>
    /// <param name="companyId">The company's remote id.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The contacts, the company's default contact first.</returns>
    Task<IReadOnlyList<RemoteContact>> ListContactsAsync(string companyId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Links a BSS account to a remote company and keeps the agreement's contact and price per seat, or refuses with
    /// the reason (an unknown account, company or contact; a company linked to another account; a contact of another
    /// company; an account linked to another company). Nothing is written when it refuses.
    /// </summary>
    /// <param name="request">The account, the company and the agreement's terms.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>What was linked, or why not.</returns>
    Task<CustomerLinkOutcome> LinkCustomerAsync(CustomerLinkRequest request, CancellationToken cancellationToken = default);
}
