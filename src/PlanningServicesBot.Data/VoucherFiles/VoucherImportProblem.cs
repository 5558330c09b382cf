using PlanningServicesBot.Domain.Refusals;

namespace PlanningServicesBot.Data.VoucherFiles;

/// <summary>Why one line of an import file cannot be imported.</summary>
/// <param name="LineNumber">The line in the file (the header is line 1).</param>
/// <param name="Detail">An operator-facing explanation, naming the offending value.</param>
/// <param name="Refusal">For <see cref="VoucherImportProblemKind.Refused"/>, the domain's reason.</param>
public sealed record VoucherImportProblem(long LineNumber, VoucherImportProblemKind Kind, string Detail, Refusal? Refusal = null)
{
    public override string ToString() => $"line {LineNumber}: {Detail}";
}
