using BssConnectWiseConnector.Clients;
using BssConnectWiseConnector.Http;
using BssConnectWiseConnector.Models;

namespace BssConnectWiseConnector.Diagnostics;

/// <summary>The ConnectWise setup tables of one session, each read whole at most once (they are small).</summary>
internal sealed class SetupTableCache
{
    private readonly Lazy<Task<IReadOnlyList<SetupTableValue>>> _companyStatuses;
    private readonly Lazy<Task<IReadOnlyList<SetupTableValue>>> _companyTypes;
    private readonly Lazy<Task<IReadOnlyList<SetupTableValue>>> _countries;
    private readonly Lazy<Task<IReadOnlyList<Currency>>> _currencies;

    /// <summary>Initializes a new instance of the <see cref="SetupTableCache"/> class.</summary>
    /// <param name="client">The client.</param>
    /// <param name="cancellationToken">Cancels the reads; the session's lifetime.</param>
    public SetupTableCache(ConnectWiseClient client, CancellationToken cancellationToken)
    {
        _companyStatuses = Load(client.CompanyStatuses, cancellationToken);
        _companyTypes = Load(client.CompanyTypes, cancellationToken);
        _countries = Load(client.Countries, cancellationToken);
        _currencies = Load(client.Currencies, cancellationToken);
    }

    /// <summary>Gets the company statuses.</summary>
    /// <returns>The statuses.</returns>
    public Task<IReadOnlyList<SetupTableValue>> CompanyStatusesAsync() => _companyStatuses.Value;

    /// <summary>Gets the company types.</summary>
    /// <returns>The types.</returns>
    public Task<IReadOnlyList<SetupTableValue>> CompanyTypesAsync() => _companyTypes.Value;

    /// <summary>Gets the countries.</summary>
    /// <returns>The countries.</returns>
    public Task<IReadOnlyList<SetupTableValue>> CountriesAsync() => _countries.Value;

    /// <summary>Gets the currencies.</summary>
    /// <returns>The currencies.</returns>
    public Task<IReadOnlyList<Currency>> CurrenciesAsync() => _currencies.Value;

    private static Lazy<Task<IReadOnlyList<T>>> Load<T>(IResourceClient<T> client, CancellationToken cancellationToken)
        where T : class =>
        new(async () =>
        {
            var all = new List<T>();
            await foreach (var item in client.ListAsync(new ListQuery(), cancellationToken).ConfigureAwait(false))
            {
                all.Add(item);
            }

            return all;
        });
}
