namespace PlanningServicesBot.Domain.Partners;

/// <summary>The partner support region a partner belongs to.</summary>
public enum Region
{
    /// <summary>Europe, Middle East and Africa.</summary>
    Emea,

    /// <summary>North, Central and South America.</summary>
    Americas,

    /// <summary>Asia Pacific.</summary>
    AsiaPacific,
}
