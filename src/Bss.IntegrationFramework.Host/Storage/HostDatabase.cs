using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Bss.IntegrationFramework.Host.Storage;

/// <summary>
/// The host's SQLite store: one file in WAL mode holding instances, settings, links, cursors, BSS records and
/// the sync log. The schema is created or migrated when the store is opened.
/// </summary>
internal sealed class HostDatabase : IDisposable
{
    /// <summary>The environment variable that overrides the default store path.</summary>
    public const string PathVariable = "BSS_DB";

    private readonly string _connectionString;

    private HostDatabase(string path, TimeProvider timeProvider)
    {
        FilePath = path;
        TimeProvider = timeProvider;
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            ForeignKeys = true,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
    }

    /// <summary>Gets the store's file path.</summary>
    public string FilePath { get; }

    /// <summary>Gets the clock of every timestamp the store writes.</summary>
    public TimeProvider TimeProvider { get; }

    /// <summary>
    /// Gets or sets what is told the text of every SQL statement SQLite starts on this store's connections (its own
    /// trace hook), or <see langword="null"/>. Set it before the connections to watch are opened.
    /// </summary>
    public Action<string>? StatementTrace { get; set; }

    /// <summary>Gets the schema version this build writes.</summary>
    public static int CurrentVersion => SchemaMigrations.Versions.Count;

    /// <summary>Gets the default path: the environment variable, else <c>.bss/bss.db</c> under the current directory.</summary>
    /// <param name="path">The option's value, if any.</param>
    /// <returns>The full path.</returns>
    public static string ResolvePath(string? path)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            path = Environment.GetEnvironmentVariable(PathVariable);
        }

        return Path.GetFullPath(string.IsNullOrWhiteSpace(path) ? Path.Combine(".bss", "bss.db") : path);
    }

    /// <summary>Opens (creating if needed) the store and brings its schema to the current version.</summary>
    /// <param name="path">The file path.</param>
    /// <param name="timeProvider">The clock.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The open store.</returns>
    public static async Task<HostDatabase> OpenAsync(string path, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        var fullPath = Path.GetFullPath(path);
        var directory = Path.GetDirectoryName(fullPath);
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        var database = new HostDatabase(fullPath, timeProvider);
        try
        {
            await database.MigrateAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (SqliteException ex)
        {
            database.Dispose();
            throw new HostException($"The store {fullPath} cannot be opened: {ex.Message}", ex);
        }

        return database;
    }

    /// <summary>Opens a pooled connection.</summary>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The open connection; dispose it.</returns>
    public async Task<SqliteConnection> ConnectAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            if (StatementTrace is { } trace)
            {
                SQLitePCL.raw.sqlite3_trace(connection.Handle, static (state, sql) => ((Action<string>)state)(sql.utf8_to_string()), trace);
            }

            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Gets the current time as stored: ISO 8601 round-trip text.</summary>
    /// <returns>The text.</returns>
    public string Now() => Format(TimeProvider.GetUtcNow());

    /// <summary>Formats a timestamp as stored.</summary>
    /// <param name="value">The timestamp.</param>
    /// <returns>The text.</returns>
    public static string Format(DateTimeOffset value) => value.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);

    /// <summary>Parses a stored timestamp.</summary>
    /// <param name="value">The text.</param>
    /// <returns>The timestamp.</returns>
    public static DateTimeOffset Parse(string value) => DateTimeOffset.Parse(value, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);

    /// <summary>Releases the pooled connections so the file can be moved or deleted.</summary>
    public void Dispose()
    {
        using var connection = new SqliteConnection(_connectionString);
        SqliteConnection.ClearPool(connection);
    }

    private async Task MigrateAsync(CancellationToken cancellationToken)
    {
        var connection = await ConnectAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            await connection.ExecuteAsync("PRAGMA journal_mode=WAL;", cancellationToken).ConfigureAwait(false);
            await connection.ExecuteAsync("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL);", cancellationToken).ConfigureAwait(false);
            var version = Convert.ToInt32(await connection.ScalarAsync("SELECT coalesce(max(version), 0) FROM schema_version;", cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
            if (version > CurrentVersion)
            {
                throw new HostException($"The store {FilePath} has schema version {version}, newer than this host's {CurrentVersion}; use a newer host.");
            }

            for (var next = version; next < CurrentVersion; next++)
            {
                var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
                await using (transaction.ConfigureAwait(false))
                {
                    await connection.ExecuteAsync(SchemaMigrations.Versions[next], cancellationToken, transaction).ConfigureAwait(false);
                    await connection.ExecuteAsync("DELETE FROM schema_version; INSERT INTO schema_version (version) VALUES ($v);", cancellationToken, transaction, ("$v", next + 1)).ConfigureAwait(false);
                    await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                }
            }
        }
    }
}
