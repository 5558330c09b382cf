namespace PlanningServicesBot.Domain.Deadlines;

/// <summary>A program-wide date of the Planning Services retirement.</summary>
public enum ProgramMilestone
{
    /// <summary>Cloud engagements retired (from the start of the day).</summary>
    CloudEngagementsRetired,

    /// <summary>Training-voucher conversion ended (from the start of the day).</summary>
    TrainingConversionEnded,

    /// <summary>Vouchers created before this day got the COVID-19 extension (from the start of the day, no more).</summary>
    CovidExtensionCutoff,

    /// <summary>Fully remote delivery allowed through this day.</summary>
    RemoteDeliveryEnded,

    /// <summary>Accrual of days ended (from the start of the day).</summary>
    AccrualEnded,

    /// <summary>Last day to create or assign vouchers (through the end of the day).</summary>
    LastAssignmentDay,

    /// <summary>Remaining days removed (from the start of the day).</summary>
    RemainingDaysRemoved,

    /// <summary>Last day to redeem (through the end of the day).</summary>
    LastRedemptionDay,

    /// <summary>Last day to request payment for a voucher redeemed on the last redemption day (through the end of the day).</summary>
    LastPaymentRequestDay,
}
