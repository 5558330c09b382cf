namespace PlanningServicesBot.LoadDriver;

/// <summary>A process's resident memory as Linux reports it in /proc/&lt;pid&gt;/status (VmRSS now, VmHWM at peak).</summary>
public sealed record ProcessMemory(long ResidentBytes, long PeakResidentBytes)
{
    public static ProcessMemory? Of(int processId)
    {
        var status = $"/proc/{processId}/status";
        if (!File.Exists(status))
        {
            return null;
        }

        long? resident = null, peak = null;
        foreach (var line in File.ReadLines(status))
        {
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
            {
                resident = Kilobytes(line) * 1024;
            }
            else if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
            {
                peak = Kilobytes(line) * 1024;
            }
        }

        return resident is { } r && peak is { } p ? new ProcessMemory(r, p) : null;
    }

    public string Describe() => $"{ResidentBytes / 1048576.0:0.0} MB (peak {PeakResidentBytes / 1048576.0:0.0} MB)";

    // "VmRSS:	  123456 kB"
    private static long Kilobytes(string line) =>
        long.Parse(line.AsSpan(line.IndexOf(':') + 1).Trim().TrimEnd("kB").Trim(), System.Globalization.CultureInfo.InvariantCulture);
}
