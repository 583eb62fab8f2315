namespace BssConnectWiseConnector.Clients;

/// <summary>The ConnectWise setup tables (statuses, types, countries, categories, …), each read whole at most once per run.</summary>
internal interface ISetupTables
{
    /// <summary>Reads a whole table, at most once per run however many records and modules ask for it.</summary>
    /// <typeparam name="T">The record type.</typeparam>
    /// <param name="table">The table's client.</param>
    /// <param name="cancellationToken">Stops waiting; the read itself runs for the session.</param>
    /// <returns>Every record of the table.</returns>
    Task<IReadOnlyList<T>> ReadAsync<T>(IResourceClient<T> table, CancellationToken cancellationToken = default)
        where T : class;
}
