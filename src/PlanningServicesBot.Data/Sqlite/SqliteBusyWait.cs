using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Microsoft.Data.Sqlite;

namespace PlanningServicesBot.Data.Sqlite;

/// <summary>
/// How SQLite waits. The e_sqlite3 build shipped with SQLitePCLRaw 2.0.6 is compiled without usleep, so every sleep
/// SQLite asks of the operating system lasts whole seconds: its busy timeout (a lock held for 30 ms cost the waiter a full
/// second) and the microsecond back-off of a read transaction retrying on a changing log index (measured; it caused the
/// bot's ~1 s turns under load). <see cref="Install"/> gives a connection a busy handler that waits in steps of about a
/// millisecond, for up to about five seconds; <see cref="FixVfsSleep"/> makes the file system layer's sleep last what
/// was asked (rounded up to a millisecond).
/// </summary>
internal static unsafe class SqliteBusyWait
{
    private const int MaxAttempts = 5000;

    /// <summary>
    /// Points the default VFS's xSleep at a sleep of the requested length. Called once, when the native library is
    /// loaded and before any connection opens; the VFS struct is SQLite's own static data, so the change is process-wide.
    /// </summary>
    public static void FixVfsSleep()
    {
        var vfs = sqlite3_vfs_find(IntPtr.Zero);
        if (vfs == IntPtr.Zero)
        {
            return;
        }

        // struct sqlite3_vfs { int iVersion, szOsFile, mxPathname; sqlite3_vfs* pNext; const char* zName; void* pAppData;
        // xOpen, xDelete, xAccess, xFullPathname, xDlOpen, xDlError, xDlSym, xDlClose, xRandomness, xSleep, ... }
        var pointers = (3 * sizeof(int) + IntPtr.Size - 1) / IntPtr.Size * IntPtr.Size;
        var name = Marshal.PtrToStringUTF8(Marshal.ReadIntPtr(vfs, pointers + IntPtr.Size));
        if (Marshal.ReadInt32(vfs) < 1 || name is not ("unix" or "unix-none" or "unix-dotfile" or "unix-excl"))
        {
            return;
        }

        Marshal.WriteIntPtr(vfs, pointers + (12 * IntPtr.Size), (IntPtr)(delegate* unmanaged[Cdecl]<IntPtr, int, int>)&Sleep);
    }

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

    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
    private static int Sleep(IntPtr vfs, int microseconds)
    {
        if (microseconds <= 0)
        {
            return 0;
        }

        Thread.Sleep((microseconds + 999) / 1000);
        return microseconds;
    }

    [DllImport("e_sqlite3", CallingConvention = CallingConvention.Cdecl)]
    private static extern IntPtr sqlite3_vfs_find(IntPtr name);

    [DllImport("e_sqlite3", CallingConvention = CallingConvention.Cdecl)]
    private static extern int sqlite3_busy_handler(IntPtr database, delegate* unmanaged[Cdecl]<IntPtr, int, int> callback, IntPtr argument);
}
