using System.Globalization;

namespace PlanningServicesBot.LoadDriver;

/// <summary>
/// The CPU time a process has used so far (user + system), from /proc/&lt;pid&gt;/stat. Divided by the turns served it
/// gives the server's cost per turn, a figure that, unlike turns/s, does not depend on how busy the machine is.
/// </summary>
public static class ProcessCpu
{
    // USER_HZ: the unit of utime and stime. 100 on every Linux the .NET runtime supports.
    private const double TicksPerSecond = 100;

    public static TimeSpan? Of(int processId)
    {
        var path = $"/proc/{processId}/stat";
        if (!File.Exists(path))
        {
            return null;
        }

        // "pid (comm) state ppid …": comm may hold spaces, so fields are counted after the closing parenthesis.
        var stat = File.ReadAllText(path);
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var user = long.Parse(fields[11], CultureInfo.InvariantCulture);
        var system = long.Parse(fields[12], CultureInfo.InvariantCulture);
        return TimeSpan.FromSeconds((user + system) / TicksPerSecond);
    }
}
