using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Microsoft.Data.Sqlite;

namespace PlanningServicesBot.Data.Sqlite;

/// <summary>
/// How a connection waits for another's lock: <see cref="Install"/> gives it a busy handler that first yields the core
/// (most locks are held for one commit, microseconds) and then waits in steps of about a millisecond, for up to about
/// five seconds. SQLite's own busy timeout backs off in steps of up to 100 ms, which a lock held for 30 ms turns into
/// a wait several times as long.
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
