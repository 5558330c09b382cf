namespace PlanningServicesBot.Data.Tests;

/// <summary>Reports on the calling thread, unlike <see cref="Progress{T}"/>, so tests can assert on the exact sequence.</summary>
public sealed class SynchronousProgress(Action<long> report) : IProgress<long>
{
    public void Report(long value) => report(value);
}
