using Microsoft.Data.Sqlite;

namespace Bss.IntegrationFramework.Host.Storage;

/// <summary>Small helpers for parameterised SQLite commands.</summary>
internal static class SqliteCommandExtensions
{
    /// <summary>Creates a command with parameters.</summary>
    /// <param name="connection">The connection.</param>
    /// <param name="sql">The statement.</param>
    /// <param name="transaction">The transaction, if any.</param>
    /// <param name="parameters">The parameters, by name.</param>
    /// <returns>The command; dispose it.</returns>
    public static SqliteCommand Command(this SqliteConnection connection, string sql, SqliteTransaction? transaction, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        return command;
    }

    /// <summary>Runs a statement.</summary>
    /// <param name="connection">The connection.</param>
    /// <param name="sql">The statement.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <param name="transaction">The transaction, if any.</param>
    /// <param name="parameters">The parameters, by name.</param>
    /// <returns>The number of rows changed.</returns>
    public static async Task<int> ExecuteAsync(this SqliteConnection connection, string sql, CancellationToken cancellationToken, SqliteTransaction? transaction = null, params (string Name, object? Value)[] parameters)
    {
        var command = connection.Command(sql, transaction, parameters);
        await using (command.ConfigureAwait(false))
        {
            return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Runs a query that returns one value.</summary>
    /// <param name="connection">The connection.</param>
    /// <param name="sql">The query.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <param name="parameters">The parameters, by name.</param>
    /// <returns>The value, or <see langword="null"/>.</returns>
    public static async Task<object?> ScalarAsync(this SqliteConnection connection, string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        var command = connection.Command(sql, null, parameters);
        await using (command.ConfigureAwait(false))
        {
            var value = await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
            return value is DBNull ? null : value;
        }
    }

    /// <summary>Runs a query and maps every row.</summary>
    /// <typeparam name="T">The row type.</typeparam>
    /// <param name="connection">The connection.</param>
    /// <param name="sql">The query.</param>
    /// <param name="map">Maps the current row.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <param name="parameters">The parameters, by name.</param>
    /// <returns>The rows.</returns>
    public static Task<List<T>> QueryAsync<T>(this SqliteConnection connection, string sql, Func<SqliteDataReader, T> map, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters) =>
        connection.QueryAsync(null, sql, map, cancellationToken, parameters);

    /// <summary>Runs a query in a transaction and maps every row.</summary>
    /// <typeparam name="T">The row type.</typeparam>
    /// <param name="connection">The connection.</param>
    /// <param name="transaction">The transaction, if any.</param>
    /// <param name="sql">The query.</param>
    /// <param name="map">Maps the current row.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <param name="parameters">The parameters, by name.</param>
    /// <returns>The rows.</returns>
    public static async Task<List<T>> QueryAsync<T>(this SqliteConnection connection, SqliteTransaction? transaction, string sql, Func<SqliteDataReader, T> map, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        var command = connection.Command(sql, transaction, parameters);
        await using (command.ConfigureAwait(false))
        {
            var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await using (reader.ConfigureAwait(false))
            {
                var rows = new List<T>();
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    rows.Add(map(reader));
                }

                return rows;
            }
        }
    }

    /// <summary>Reads a nullable text column.</summary>
    /// <param name="reader">The reader.</param>
    /// <param name="ordinal">The column.</param>
    /// <returns>The text, or <see langword="null"/>.</returns>
    public static string? GetNullableString(this SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}
