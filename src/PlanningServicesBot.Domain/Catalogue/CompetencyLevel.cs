namespace PlanningServicesBot.Domain.Catalogue;

/// <summary>The level at which a partner holds a Microsoft Partner Network competency. Gold satisfies a Silver requirement.</summary>
public enum CompetencyLevel
{
    /// <summary>Silver competency.</summary>
    Silver = 1,

    /// <summary>Gold competency.</summary>
    Gold = 2,
}
