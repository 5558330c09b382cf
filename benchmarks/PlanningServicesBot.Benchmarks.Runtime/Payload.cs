namespace PlanningServicesBot.Benchmarks.Runtime;

/// <summary>The JSON payloads in Payloads/, embedded in the assembly.</summary>
public static class Payload
{
    public static byte[] Read(string fileName)
    {
        using var stream = typeof(Payload).Assembly.GetManifestResourceStream($"Payloads.{fileName}")
            ?? throw new FileNotFoundException($"No embedded payload {fileName}.");
        using var bytes = new MemoryStream();
        stream.CopyTo(bytes);
        return bytes.ToArray();
    }
}
