using NodaTime;
using PlanningServicesBot.Domain.Deadlines;

namespace PlanningServicesBot.Presentation;

/// <summary>One of the eight steps for a voucher: its state, the day it was done, or the deadline it must meet.</summary>
public sealed record VoucherStep(int Number, VoucherStepState State, LocalDate? DoneOn, Deadline? Deadline);
