namespace PlanningServicesBot.Journeys;

public static class JourneyRegistrations
{
    /// <summary>Registers every journey; the main menu lists them in this order.</summary>
    public static IServiceCollection AddJourneys(this IServiceCollection services)
    {
        services.AddSingleton<JourneyDialog, VoucherStatusDialog>();
        services.AddSingleton<JourneyDialog, Program.EligibilityDialog>();
        services.AddSingleton<JourneyDialog, Reservations.ReserveDialog>();
        services.AddSingleton<JourneyDialog, Reservations.CancelReservationDialog>();
        services.AddSingleton<JourneyDialog, Delivery.CompletionReportDialog>();
        services.AddSingleton<JourneyDialog, Delivery.RedeemDialog>();
        services.AddSingleton<JourneyDialog, Delivery.PaymentDialog>();
        services.AddSingleton<JourneyDialog, Vouchers.MyVouchersDialog>();
        services.AddSingleton<JourneyDialog, Vouchers.VoucherDeadlinesDialog>();
        services.AddSingleton<JourneyDialog, Program.ProgramTimelineDialog>();
        services.AddSingleton<JourneyDialog, Program.ContactSupportDialog>();
        services.AddSingleton<BotRuntime.IMiddleware, Program.RecentTurnsMiddleware>();
        Program.ProgramJourneyServices.AddProgramJourneyServices(services);
        return services;
    }
}
