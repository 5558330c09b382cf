using NodaTime;
using PlanningServicesBot.Domain.Abstractions;
using PlanningServicesBot.Domain.Calendar;
using PlanningServicesBot.Domain.Operations;
using PlanningServicesBot.Domain.Vouchers;
using PlanningServicesBot.Identity;
using PlanningServicesBot.Localization;

namespace PlanningServicesBot.Journeys;

/// <summary>What every journey that acts on vouchers (reserve, cancel, report, redeem, payment) works with, resolved once.</summary>
public sealed class VoucherJourneyServices(
    BotText text,
    IClock clock,
    ProgramCalendar calendar,
    VoucherNumberFormat numbers,
    VoucherOperations operations,
    IVoucherRepository vouchers,
    UserDirectory users)
{
    public BotText Text { get; } = text;

    public IClock Clock { get; } = clock;

    public ProgramCalendar Calendar { get; } = calendar;

    public VoucherNumberFormat Numbers { get; } = numbers;

    public VoucherOperations Operations { get; } = operations;

    public IVoucherRepository Vouchers { get; } = vouchers;

    public UserDirectory Users { get; } = users;
}
