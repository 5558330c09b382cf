namespace PlanningServicesBot.Identity;

/// <summary>Who counts as partner support staff: their Entra ID (AAD) object ids in the support tenant.</summary>
public sealed class SupportStaffOptions
{
    public const string SectionName = "SupportStaff";

    public string TenantId { get; set; } = string.Empty;

    public List<string> AadObjectIds { get; set; } = [];
}
