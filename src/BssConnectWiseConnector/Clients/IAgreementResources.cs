using BssConnectWiseConnector.Models;

namespace BssConnectWiseConnector.Clients;

/// <summary>The part of <see cref="IConnectWiseClient"/> an agreement addition's write reads and writes: agreements, their additions and invoicing state.</summary>
internal interface IAgreementResources
{
    /// <summary>Gets <c>finance/agreements</c>.</summary>
    IResourceClient<Agreement> Agreements { get; }

    /// <summary>Gets <c>finance/agreementrecap</c>: the agreements' last and next invoice dates.</summary>
    IResourceClient<AgreementRecap> AgreementRecaps { get; }

    /// <summary>Gets <c>finance/agreements/types</c>.</summary>
    IResourceClient<AgreementType> AgreementTypes { get; }

    /// <summary>Gets the additions of one agreement.</summary>
    /// <param name="agreementId">The agreement id.</param>
    /// <returns>The client.</returns>
    IResourceClient<Addition> Additions(int agreementId);

    /// <summary>Sends several reads in one round trip, each request written for the version the connection speaks.</summary>
    /// <param name="requests">The requests.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>One result per request; check each one's <see cref="BundleResult.Success"/>.</returns>
    /// <remarks><c>POST system/bundles</c>.</remarks>
    Task<IReadOnlyList<BundleResult>> SendBundleAsync(IReadOnlyList<BundleRequest> requests, CancellationToken cancellationToken = default);
}
