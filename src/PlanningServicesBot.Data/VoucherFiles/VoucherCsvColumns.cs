namespace PlanningServicesBot.Data.VoucherFiles;

/// <summary>The columns of a VLSC-style voucher file, in the order this application writes them.</summary>
public static class VoucherCsvColumns
{
    public const string Number = "number";
    public const string Agreement = "agreement";
    public const string Offering = "offering";
    public const string Days = "days";
    public const string Created = "created";
    public const string Assigned = "assigned";
    public const string AdminEmail = "admin_email";

    /// <summary>Optional on import: VLSC files may leave the project manager out.</summary>
    public const string ProjectManager = "project_manager";

    public static IReadOnlyList<string> Required { get; } = [Number, Agreement, Offering, Days, Created, Assigned, AdminEmail];

    public static IReadOnlyList<string> Written { get; } = [.. Required, ProjectManager];
}
