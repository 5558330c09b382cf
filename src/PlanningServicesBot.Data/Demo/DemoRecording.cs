using PlanningServicesBot.Domain.Abstractions;
using PlanningServicesBot.Domain.Partners;

namespace PlanningServicesBot.Data.Demo;

/// <summary>Every change the demo story made, in the order it made them, ready to be written in one transaction.</summary>
internal sealed record DemoRecording(IReadOnlyList<VoucherChange> Changes, IReadOnlyList<(string MpnId, SavbRegistration Registration)> SavbRegistrations);
