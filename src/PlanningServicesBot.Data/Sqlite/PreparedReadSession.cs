using Microsoft.Data.Sqlite;

namespace PlanningServicesBot.Data.Sqlite;

/// <summary>
/// A read connection that keeps each query it has run prepared, so a hot lookup costs a bind and a step instead of
/// a parse and plan every time. Used by one caller at a time (see <see cref="SqliteConnectionFactory.Query{T}"/>).
/// </summary>
internal sealed class PreparedReadSession(SqliteConnection connection) : IDisposable
{
    // Statements a session keeps; hot lookups are a handful, and an unbounded set would grow with ad-hoc SQL.
    private const int MaxStatements = 32;

    private readonly Dictionary<string, SqliteCommand> commands = new(StringComparer.Ordinal);

    public T Query<T>(string sql, ReadOnlySpan<(string Name, object Value)> parameters, Func<SqliteDataReader, T> read)
    {
        if (!commands.TryGetValue(sql, out var command))
        {
            command = connection.CreateCommand();
            command.CommandText = sql;
            foreach (var (name, _) in parameters)
            {
                command.Parameters.Add(new SqliteParameter { ParameterName = name });
            }

            command.Prepare();
            if (commands.Count < MaxStatements)
            {
                commands[sql] = command;
            }
        }

        try
        {
            for (var i = 0; i < parameters.Length; i++)
            {
                command.Parameters[i].Value = parameters[i].Value;
            }

            using var reader = command.ExecuteReader();
            return read(reader);
        }
        finally
        {
            if (!commands.ContainsKey(sql))
            {
                command.Dispose();
            }
        }
    }

    public void Dispose()
    {
        foreach (var command in commands.Values)
        {
            command.Dispose();
        }

        connection.Dispose();
    }
}
