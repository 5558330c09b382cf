using BenchmarkDotNet.Running;

namespace PlanningServicesBot.Benchmarks.Runtime;

/// <summary>dotnet run -c Release --project benchmarks/PlanningServicesBot.Benchmarks.Runtime -- --filter '*' --job short</summary>
public static class Program
{
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
