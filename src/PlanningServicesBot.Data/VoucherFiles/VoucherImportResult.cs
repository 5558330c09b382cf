namespace PlanningServicesBot.Data.VoucherFiles;

/// <summary>What an import did: every row imported, or nothing imported and every problem found.</summary>
/// <param name="RowCount">Voucher rows read (the header not counted).</param>
/// <param name="ImportedCount">Vouchers written: <see cref="RowCount"/> on success, 0 otherwise.</param>
/// <param name="Problems">Every problem, ordered by line; empty on success.</param>
public sealed record VoucherImportResult(long RowCount, long ImportedCount, IReadOnlyList<VoucherImportProblem> Problems)
{
    public bool Succeeded => Problems.Count == 0;
}
