using Microsoft.Extensions.DependencyInjection.Extensions;
using PlanningServicesBot.Data.Support;

namespace PlanningServicesBot.Journeys.Program;

public static class ProgramJourneyServices
{
    /// <summary>What the eligibility, timeline and support journeys need beyond the host's services.</summary>
    public static IServiceCollection AddProgramJourneyServices(this IServiceCollection services)
    {
        services.AddOptions<SupportOptions>().BindConfiguration(SupportOptions.SectionName)
            .Validate(o => !o.Validate().Any(), "Support settings are invalid: EmeaMailbox must be an e-mail address and ServiceRequestUrl an https address.")
            .ValidateOnStart();
        services.TryAddSingleton<ISupportRequestRepository, SqliteSupportRequestRepository>();
        return services;
    }
}
