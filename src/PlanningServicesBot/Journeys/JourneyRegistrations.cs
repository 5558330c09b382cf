namespace PlanningServicesBot.Journeys;

public static class JourneyRegistrations
{
    /// <summary>Registers every journey; the main menu lists them in this order.</summary>
    public static IServiceCollection AddJourneys(this IServiceCollection services)
    {
        services.AddSingleton<JourneyDialog, VoucherStatusDialog>();
        return services;
    }
}
