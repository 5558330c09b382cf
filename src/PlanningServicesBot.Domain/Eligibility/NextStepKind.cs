namespace PlanningServicesBot.Domain.Eligibility;

/// <summary>What a partner can do to meet an unmet requirement.</summary>
public enum NextStepKind
{
    /// <summary>Pick an engagement from the current catalogue.</summary>
    ChooseCurrentEngagement,

    /// <summary>Enroll in the offering.</summary>
    EnrollInOffering,

    /// <summary>Renew last year's enrollment for this year.</summary>
    RenewEnrollment,

    /// <summary>Sign the program agreement.</summary>
    SignAgreement,

    /// <summary>Attain a qualifying competency at the required level.</summary>
    ObtainCompetency,

    /// <summary>Renew the lapsed competency.</summary>
    RenewCompetency,

    /// <summary>Register the consultant with the partner.</summary>
    AddConsultant,

    /// <summary>Have the consultant pass one of the qualifying exams.</summary>
    ConsultantTakesExam,

    /// <summary>Add an MPN location in the delivery country.</summary>
    AddLocation,
}
