namespace PlanningServicesBot.Data.VoucherFiles;

public enum VoucherImportProblemKind
{
    /// <summary>The line is not a well-formed CSV record with the expected columns (or the header is wrong).</summary>
    MalformedLine,

    /// <summary>The voucher number does not have the configured format.</summary>
    InvalidNumber,

    /// <summary>The days are not a whole number.</summary>
    InvalidDays,

    /// <summary>A date is not a yyyy-MM-dd calendar date.</summary>
    InvalidDate,

    /// <summary>An earlier line of the same file has the same voucher number.</summary>
    DuplicateInFile,

    /// <summary>The admin e-mail is not the customer's voucher admin e-mail.</summary>
    AdminEmailMismatch,

    /// <summary>The program's issuance rule refuses the voucher; see <see cref="VoucherImportProblem.Refusal"/>.</summary>
    Refused,

    /// <summary>The database changed between checking and writing (a voucher or a balance); nothing was imported.</summary>
    ChangedWhileImporting,
}
