using Microsoft.Data.Sqlite;

namespace BssConnectWiseConnector.IntegrationTests.Support;

/// <summary>
/// Another writer on a test host's store: while it holds the write lock, the host's transactions wait for it (as
/// they would behind a slow disk or another process), so a test can stop a push between a batch's requests and its
/// commit.
/// </summary>
internal sealed class StoreWriteBlocker : IAsyncDisposable
{
    private readonly Lock _gate = new();
    private readonly SqliteConnection _connection;
    private SqliteTransaction? _transaction;

    private StoreWriteBlocker(SqliteConnection connection)
    {
        _connection = connection;
    }

    public static async Task<StoreWriteBlocker> OpenAsync(TestHost host, CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = host.DatabasePath, Pooling = false }.ToString());
        await connection.OpenAsync(cancellationToken);
        return new StoreWriteBlocker(connection);
    }

    /// <summary>Takes the store's write lock (BEGIN IMMEDIATE) and keeps it until <see cref="Release"/>.</summary>
    public void Block()
    {
        var transaction = _connection.BeginTransaction(deferred: false);
        lock (_gate)
        {
            _transaction = transaction;
        }
    }

    /// <summary>Gives the write lock back.</summary>
    public void Release()
    {
        lock (_gate)
        {
            _transaction?.Rollback();
            _transaction?.Dispose();
            _transaction = null;
        }
    }

    /// <summary>Gives the write lock back after a while, from another thread.</summary>
    public void ReleaseLater(TimeSpan delay) =>
        _ = Task.Run(async () =>
        {
            await Task.Delay(delay);
            Release();
        });

    public async ValueTask DisposeAsync()
    {
        Release();
        await _connection.DisposeAsync();
    }
}
