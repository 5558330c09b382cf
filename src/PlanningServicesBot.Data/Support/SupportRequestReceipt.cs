namespace PlanningServicesBot.Data.Support;

/// <summary>The outcome of recording a support request: the stored request, and whether its operation key had already recorded it.</summary>
public sealed record SupportRequestReceipt(RecordedSupportRequest Recorded, bool AlreadyRecorded);
