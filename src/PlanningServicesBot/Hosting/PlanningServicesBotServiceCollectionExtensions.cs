using BotRuntime;
using BotRuntime.Adapters;
using BotRuntime.Cards;
using BotRuntime.Hosting;
using BotRuntime.State;
using Microsoft.Extensions.Options;
using NodaTime;
using PlanningServicesBot.Cards;
using PlanningServicesBot.Data.BotState;
using PlanningServicesBot.Data.Sqlite;
using PlanningServicesBot.Data.Sqlite.Migrations;
using PlanningServicesBot.Dialogs;
using PlanningServicesBot.Domain.Abstractions;
using PlanningServicesBot.Domain.Calendar;
using PlanningServicesBot.Domain.Catalogue;
using PlanningServicesBot.Domain.Deadlines;
using PlanningServicesBot.Domain.Operations;
using PlanningServicesBot.Domain.Vouchers;
using PlanningServicesBot.Identity;
using PlanningServicesBot.Intents;
using PlanningServicesBot.Journeys;
using PlanningServicesBot.Localization;
using PlanningServicesBot.Presentation;
using PlanningServicesBot.StatusCheck;
using PlanningServicesBot.Time;

namespace PlanningServicesBot.Hosting;

public static class PlanningServicesBotServiceCollectionExtensions
{
    public const string ConnectionStringName = "PlanningServices";
    public const string StateConnectionStringName = "PlanningServicesState";
    public const string ProgramCalendarSection = "ProgramCalendar";
    public const string CachedStateDocumentsSetting = "BotState:CachedDocuments";

    /// <summary>Everything the bot needs: program configuration, clock, database, domain services, the Bot Framework runtime, cards, texts and dialogs.</summary>
    public static WebApplicationBuilder AddPlanningServicesBot(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;

        services.AddOptions<DemoOptions>().Bind(configuration.GetSection(DemoOptions.SectionName))
            .Validate(o => !o.Validate().Any(), "Demo settings are invalid.").ValidateOnStart();
        services.AddOptions<StatusCheckOptions>().Bind(configuration.GetSection(StatusCheckOptions.SectionName))
            .Validate(o => !o.Validate().Any(), "StatusCheck settings are invalid.").ValidateOnStart();
        services.AddSingleton(ProgramCalendarFrom(configuration));
        services.AddSingleton(ProgramCatalogue.Default);
        services.AddSingleton(sp => new VoucherNumberFormat(sp.GetRequiredService<ProgramCalendar>().VoucherNumberPattern));
        services.AddSingleton<IClock>(sp => ClockFor(sp.GetRequiredService<IOptions<DemoOptions>>().Value, sp.GetRequiredService<ProgramCalendar>()));

        services.AddSingleton(new SqliteConnectionFactory(configuration.GetConnectionString(ConnectionStringName)));
        services.AddSingleton<SqliteMigrator>();
        services.AddSingleton<IPartnerRepository, SqlitePartnerRepository>();
        services.AddSingleton<ICustomerRepository, SqliteCustomerRepository>();
        services.AddSingleton<IVoucherRepository, SqliteVoucherRepository>();
        services.AddSingleton<DeadlineCalendar>();
        services.AddSingleton<VoucherOperations>();
        services.AddSingleton<PartnerOperations>();
        services.AddSingleton<DatabaseSetup>();

        services.AddOptions<RetentionOptions>().Bind(configuration.GetSection(RetentionOptions.SectionName))
            .Validate(o => !o.Validate().Any(), "Retention settings are invalid.").ValidateOnStart();
        services.AddSingleton(sp =>
        {
            // Bot state in a file of its own beside the program's database (see BotStateDatabase for why).
            var program = sp.GetRequiredService<SqliteConnectionFactory>();
            var state = new SqliteConnectionFactory(
                configuration.GetConnectionString(StateConnectionStringName) is { Length: > 0 } configured
                    ? configured
                    : BotStateDatabase.ConnectionStringBeside(program));
            BotStateDatabase.Ensure(state, program);
            return new SqliteStorage(
                state,
                sp.GetRequiredService<IClock>(),
                configuration.GetValue(CachedStateDocumentsSetting, SqliteStorage.DefaultCachedDocuments));
        });
        services.AddSingleton<IStorage>(sp => sp.GetRequiredService<SqliteStorage>());
        services.AddHostedService<RetentionService>();
        services.AddBotRuntime<Bots.PlanningBot>(configuration);
        services.AddSingleton<BotRuntime.IMiddleware, TurnCultureMiddleware>();
        services.AddSingleton<BotRuntime.IMiddleware>(new ShowTypingMiddleware());
        services.AddSingleton<ITurnErrorReply, LocalizedTurnErrorReply>();

        services.AddSingleton(new CardTemplateLibrary(Path.Combine(AppContext.BaseDirectory, "cards")));
        services.AddSingleton<BotCards>();
        services.AddSingleton<MenuCards>();
        services.AddSingleton<VoucherStatusCard>();
        services.AddSingleton<BotText>();
        services.AddSingleton<IntentRecognizer>();
        services.AddSingleton<StatusCheckGuard>();
        services.AddSingleton<RefusalText>();
        services.AddSingleton<VoucherSteps>();
        services.AddSingleton<VoucherTimelineCard>();
        services.AddOptions<SupportStaffOptions>().Bind(configuration.GetSection(SupportStaffOptions.SectionName));
        services.AddSingleton<UserDirectory>();
        services.AddJourneys();
        services.AddSingleton<MainDialog>();

        services.AddHealthChecks();
        builder.AddWebChat();
        return builder;
    }

    /// <summary>The program calendar from configuration; every setting left out keeps its documented default.</summary>
    public static ProgramCalendar ProgramCalendarFrom(IConfiguration configuration)
    {
        var calendar = configuration.GetSection(ProgramCalendarSection).Get<ProgramCalendar>() ?? ProgramCalendar.Default;
        var problems = calendar.Validate();
        return problems.Count == 0
            ? calendar
            : throw new OptionsValidationException(ProgramCalendarSection, typeof(ProgramCalendar), problems);
    }

    private static IClock ClockFor(DemoOptions demo, ProgramCalendar calendar) =>
        demo.Enabled
            ? new DemoClock(SystemClock.Instance, demo.DemoDate.At(demo.DemoStartTime).InZoneLeniently(calendar.Zone).ToInstant())
            : SystemClock.Instance;
}
