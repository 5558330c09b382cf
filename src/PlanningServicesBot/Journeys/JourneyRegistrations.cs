namespace PlanningServicesBot.Journeys;

public static class JourneyRegistrations
{
    /// <summary>Registers every journey; the main menu lists them in this order.</summary>
    public static IServiceCollection AddJourneys(this IServiceCollection services)
    {
        // What the voucher-acting journeys share, built once instead of in every journey's constructor.
        services.AddSingleton<VoucherJourneyServices>();
        services.AddSingleton<Cards.VoucherPickerCard>();
        services.AddSingleton<Delivery.DeliveryFacts>();
        services.AddSingleton<Delivery.DeliveryReplies>();
        services.AddSingleton<Delivery.CompletionReportCards>();
        services.AddSingleton<Delivery.RedeemCards>();
        services.AddSingleton<Delivery.PaymentCards>();
        services.AddSingleton<Reservations.ReservationPreview>();
        services.AddSingleton<Reservations.ReservationCards>();
        services.AddSingleton<Reservations.ReservationReplies>();
        services.AddSingleton<Reservations.ReservationSettlement>();

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
