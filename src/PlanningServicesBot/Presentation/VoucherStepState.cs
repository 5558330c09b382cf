namespace PlanningServicesBot.Presentation;

public enum VoucherStepState
{
    Done,
    Current,
    Pending,
    Missed,
}
