namespace PlanningServicesBot.Domain.Refusals;

/// <summary>The two mandatory outputs of every engagement.</summary>
public enum Deliverable
{
    /// <summary>The Planning Services completion report.</summary>
    CompletionReport,

    /// <summary>The customer planning deliverable (findings and recommendations, plan, ...).</summary>
    CustomerPlanningDeliverable,
}
