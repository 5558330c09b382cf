namespace PlanningServicesBot.Domain.Calendar;

/// <summary>The program rule that sets a deadline.</summary>
public enum DeadlineRule
{
    /// <summary>The voucher's life: <see cref="ProgramCalendar.VoucherLifeDays"/> days after assignment.</summary>
    VoucherLife,

    /// <summary>The voucher's life with the COVID-19 extension of <see cref="ProgramCalendar.CovidExtensionDays"/> days.</summary>
    CovidExtension,

    /// <summary>The program's last redemption day, <see cref="ProgramCalendar.LastRedemptionDay"/>.</summary>
    LastRedemptionDay,

    /// <summary>The payment request window: <see cref="ProgramCalendar.PaymentWindowDays"/> days after redemption.</summary>
    PaymentWindow,

    /// <summary>The program's last create/assign day, <see cref="ProgramCalendar.LastAssignmentDay"/>.</summary>
    LastAssignmentDay,
}
