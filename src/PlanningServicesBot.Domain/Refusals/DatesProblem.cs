namespace PlanningServicesBot.Domain.Refusals;

/// <summary>What is wrong with a pair of dates.</summary>
public enum DatesProblem
{
    /// <summary>The end is before the start.</summary>
    EndBeforeStart,

    /// <summary>A planned start is before today.</summary>
    StartInPast,

    /// <summary>Something reported as done ends after today.</summary>
    EndInFuture,

    /// <summary>Delivery started before the voucher was reserved.</summary>
    StartBeforeReservation,

    /// <summary>A voucher was assigned before it was created.</summary>
    AssignedBeforeCreated,
}
