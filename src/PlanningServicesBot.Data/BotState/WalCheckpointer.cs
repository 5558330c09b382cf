using Microsoft.Data.Sqlite;
using PlanningServicesBot.Data.Sqlite;

namespace PlanningServicesBot.Data.BotState;

/// <summary>
/// Copies the write-ahead log back into the database file on a thread of its own. A checkpoint needs two fsyncs
/// (milliseconds each); SQLite would otherwise run it inside whichever commit crosses 1000 WAL pages, stalling every
/// writer queued behind that commit.
/// </summary>
internal sealed class WalCheckpointer : IDisposable
{
    private readonly SqliteConnectionFactory connections;
    private readonly AutoResetEvent requested = new(false);
    private readonly Thread thread;
    private volatile bool stopping;

    public WalCheckpointer(SqliteConnectionFactory connections)
    {
        this.connections = connections;
        thread = new Thread(Run) { IsBackground = true, Name = "SQLite WAL checkpoint" };
        thread.Start();
    }

    /// <summary>Asks for a passive checkpoint soon; requests made while one is pending are merged.</summary>
    public void Request() => requested.Set();

    public void Dispose()
    {
        stopping = true;
        requested.Set();
        thread.Join();
        requested.Dispose();
    }

    private void Run()
    {
        SqliteConnection? connection = null;
        try
        {
            while (true)
            {
                requested.WaitOne();
                if (stopping)
                {
                    return;
                }

                try
                {
                    connection ??= connections.Open();
                    using var command = connection.CreateCommand();
                    // PASSIVE never waits for readers or writers; frames it cannot copy now are copied next time.
                    command.CommandText = "PRAGMA wal_checkpoint(PASSIVE)";
                    command.ExecuteNonQuery();
                }
                catch (SqliteException)
                {
                    // The next request retries, and the other connections' automatic checkpoints remain as a fallback.
                    connection?.Dispose();
                    connection = null;
                }
            }
        }
        finally
        {
            connection?.Dispose();
        }
    }
}
