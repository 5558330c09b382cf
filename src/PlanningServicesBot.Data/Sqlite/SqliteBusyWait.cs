using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Microsoft.Data.Sqlite;

namespace PlanningServicesBot.Data.Sqlite;

/// <summary>
/// How a connection waits for a lock another connection holds. The e_sqlite3 build shipped with SQLitePCLRaw 2.0.6 is
/// compiled without usleep, so SQLite's own busy timeout sleeps in whole seconds: a lock held for 30 ms cost the waiter
/// a full second (measured; it was the cause of the bot's ~1 s turns under load). This handler waits in steps of about
/// a millisecond instead, for up to about five seconds, after which the statement fails with SQLITE_BUSY as before.
/// </summary>
internal static unsafe class SqliteBusyWait
{
    private const int MaxAttempts = 5000;

    public static void Install(SqliteConnection connection)
    {
        var handle = connection.Handle ?? throw new InvalidOperationException("The connection is not open.");
        var result = sqlite3_busy_handler(handle.DangerousGetHandle(), &Wait, IntPtr.Zero);
        if (result != 0)
        {
            throw new InvalidOperationException($"Could not install the SQLite busy handler (error {result}).");
        }
    }

    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
    private static int Wait(IntPtr argument, int attempt)
    {
        if (attempt >= MaxAttempts)
        {
            return 0;
        }

        // Most locks are held for microseconds (one commit): give the holder the core first, then sleep briefly.
        if (attempt < 4)
        {
            Thread.Yield();
        }
        else
        {
            Thread.Sleep(1);
        }

        return 1;
    }

    [DllImport("e_sqlite3", CallingConvention = CallingConvention.Cdecl)]
    private static extern int sqlite3_busy_handler(IntPtr database, delegate* unmanaged[Cdecl]<IntPtr, int, int> callback, IntPtr argument);
}
