namespace PlanningServicesBot.Data.VoucherFiles;

/// <summary>One voucher line of a VLSC-style file, as text; <see cref="VoucherImport"/> parses and checks it.</summary>
/// <param name="LineNumber">The line in the file (the header is line 1), for problem reports.</param>
/// <param name="ProjectManager">Optional in VLSC files; when blank the voucher admin e-mail stands in.</param>
public sealed record VoucherImportRow(
    long LineNumber,
    string Number,
    string AgreementNumber,
    string Offering,
    string Days,
    string CreatedOn,
    string AssignedOn,
    string AdminEmail,
    string? ProjectManager = null);
