using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.NoEmit;

namespace PlanningServicesBot.Benchmarks;

/// <summary>BenchmarkDotNet in this process (no generated project to build), short runs, with allocations; artifacts in the temp folder, not the repository.</summary>
public static class MicroConfig
{
    public static IConfig Create() =>
        DefaultConfig.Instance
            .AddJob(Job.ShortRun.WithToolchain(InProcessNoEmitToolchain.Instance))
            .AddDiagnoser(MemoryDiagnoser.Default)
            .WithArtifactsPath(Path.Combine(ScaleDatabase.DefaultFolder, "BenchmarkDotNet.Artifacts"));
}
