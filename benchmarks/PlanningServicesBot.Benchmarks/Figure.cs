namespace PlanningServicesBot.Benchmarks;

/// <summary>One line of the results: a measured figure next to its baseline from the same run, and the target it must meet.</summary>
/// <param name="LowerIsBetter">True for times, false for throughputs.</param>
/// <param name="Target">The target figure, in <paramref name="Unit"/>; null when there is none.</param>
public sealed record Figure(string Measure, double Value, string Baseline, double BaselineValue, string Unit, bool LowerIsBetter, double? Target)
{
    public double Ratio => Value / BaselineValue;

    public bool? MeetsTarget => Target is { } target ? (LowerIsBetter ? Value <= target : Value >= target) : null;
}
