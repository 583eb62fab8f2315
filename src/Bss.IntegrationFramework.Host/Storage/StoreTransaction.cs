using Microsoft.Data.Sqlite;

namespace Bss.IntegrationFramework.Host.Storage;

/// <summary>One connection and one transaction: what a page of a pull or a batch of a push writes, all of it or none.</summary>
internal sealed class StoreTransaction : IAsyncDisposable
{
    private StoreTransaction(SqliteConnection connection, SqliteTransaction transaction)
    {
        Connection = connection;
        Transaction = transaction;
    }

    /// <summary>Gets the connection.</summary>
    public SqliteConnection Connection { get; }

    /// <summary>Gets the transaction every statement runs in.</summary>
    public SqliteTransaction Transaction { get; }

    /// <summary>Opens a connection and begins a transaction that takes the write lock at once.</summary>
    /// <param name="database">The store.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The transaction; commit it, then dispose it (disposing without a commit rolls back).</returns>
    public static async Task<StoreTransaction> BeginAsync(HostDatabase database, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(database);
        var connection = await database.ConnectAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            return new StoreTransaction(connection, transaction);
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Runs a statement in the transaction.</summary>
    /// <param name="sql">The statement.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <param name="parameters">The parameters, by name.</param>
    /// <returns>The number of rows changed.</returns>
    public Task<int> ExecuteAsync(string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters) =>
        Connection.ExecuteAsync(sql, cancellationToken, Transaction, parameters);

    /// <summary>Runs a query in the transaction.</summary>
    /// <typeparam name="T">The row type.</typeparam>
    /// <param name="sql">The query.</param>
    /// <param name="map">Maps the current row.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <param name="parameters">The parameters, by name.</param>
    /// <returns>The rows.</returns>
    public Task<List<T>> QueryAsync<T>(string sql, Func<SqliteDataReader, T> map, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters) =>
        Connection.QueryAsync(Transaction, sql, map, cancellationToken, parameters);

    /// <summary>Commits.</summary>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>A task that completes when the writes are durable.</returns>
    public Task CommitAsync(CancellationToken cancellationToken) => Transaction.CommitAsync(cancellationToken);

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await Transaction.DisposeAsync().ConfigureAwait(false);
        await Connection.DisposeAsync().ConfigureAwait(false);
    }
}
