using System.Globalization;
using BenchmarkDotNet.Running;
using PlanningServicesBot.Benchmarks;

// dotnet run -c Release --project benchmarks/PlanningServicesBot.Benchmarks [-- scale [--vouchers N] [--lookups N] [--folder DIR]]
// dotnet run -c Release --project benchmarks/PlanningServicesBot.Benchmarks -- micro [BenchmarkDotNet arguments]
if (args.FirstOrDefault() == "micro")
{
    BenchmarkSwitcher.FromAssembly(typeof(ScaleRun).Assembly).Run(args[1..], MicroConfig.Create());
    return 0;
}

var options = args.SkipWhile(a => a == "scale").ToArray();
string? Option(string name) => Array.IndexOf(options, name) is var i and >= 0 && i + 1 < options.Length ? options[i + 1] : null;
var vouchers = long.Parse(Option("--vouchers") ?? "1000000", CultureInfo.InvariantCulture);
var lookups = int.Parse(Option("--lookups") ?? "100000", CultureInfo.InvariantCulture);
var folder = Option("--folder") ?? Path.Combine(Path.GetTempPath(), "planning-services-benchmarks");
await new ScaleRun(folder, vouchers, lookups, Console.Out).RunAsync();
return 0;
