using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace PlanningServicesBot.Data.Sqlite;

/// <summary>
/// One SQL statement prepared on a connection and executed many times with values bound by position: the bulk-write path,
/// which skips the per-execution parameter-name lookups of <see cref="SqliteCommand"/>. Runs in the connection's open transaction.
/// </summary>
internal sealed class PreparedStatement : IDisposable
{
    private readonly sqlite3 database;
    private readonly sqlite3_stmt statement;

    public PreparedStatement(SqliteConnection connection, string sql)
    {
        database = connection.Handle ?? throw new InvalidOperationException("The connection is not open.");
        var rc = raw.sqlite3_prepare_v2(database, sql, out statement);
        SqliteException.ThrowExceptionForRC(rc, database);
        ParameterCount = raw.sqlite3_bind_parameter_count(statement);
    }

    public int ParameterCount { get; }

    /// <summary>Runs the statement with <paramref name="values"/> bound to parameters 1…n; returns the rows it changed.</summary>
    public int Execute(ReadOnlySpan<object?> values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            var rc = values[i] switch
            {
                null or DBNull => raw.sqlite3_bind_null(statement, i + 1),
                string text => raw.sqlite3_bind_text(statement, i + 1, text),
                long number => raw.sqlite3_bind_int64(statement, i + 1, number),
                int number => raw.sqlite3_bind_int64(statement, i + 1, number),
                var other => throw new ArgumentException($"Cannot bind a {other.GetType().Name}.", nameof(values)),
            };
            SqliteException.ThrowExceptionForRC(rc, database);
        }

        try
        {
            var step = raw.sqlite3_step(statement);
            if (step != raw.SQLITE_DONE)
            {
                SqliteException.ThrowExceptionForRC(step, database);
            }

            return raw.sqlite3_changes(database);
        }
        finally
        {
            raw.sqlite3_reset(statement);
        }
    }

    public void Dispose() => statement.Dispose();
}
