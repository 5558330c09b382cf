namespace PlanningServicesBot.Domain.Eligibility;

/// <summary>A requirement a partner must meet to deliver an engagement.</summary>
public enum RequirementKind
{
    /// <summary>The engagement exists in the catalogue and is not retired.</summary>
    Engagement,

    /// <summary>Enrolled in the engagement's offering for the year.</summary>
    Enrollment,

    /// <summary>Signed the program agreement with that enrollment.</summary>
    Agreement,

    /// <summary>Holds a qualifying competency at the required level, still valid.</summary>
    Competency,

    /// <summary>The consultant leading delivery passed an exam behind a qualifying competency.</summary>
    ConsultantExam,

    /// <summary>Has an MPN location in the delivery country.</summary>
    Location,
}
