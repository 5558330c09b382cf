using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NodaTime;
using PlanningServicesBot.Data.BotState;
using PlanningServicesBot.Data.DirectLine;

namespace PlanningServicesBot.Hosting;

/// <summary>
/// Deletes what quiet conversations leave behind, so the databases do not grow with every conversation ever held:
/// conversation and user state not written for <see cref="RetentionOptions.BotStateDays"/> days (a conversation that
/// comes back starts afresh), and web chat conversations with no activity for <see cref="RetentionOptions.DirectLineDays"/>
/// days, with their activity logs (the page then starts a new one). State is aged on the bot's clock (the demo clock in
/// demo mode), which stamps its writes; Direct Line on the real one, which stamps its activities.
/// </summary>
public sealed partial class RetentionService(
    SqliteStorage botState,
    SqliteDirectLineStore directLine,
    IClock clock,
    IOptions<RetentionOptions> options,
    TimeProvider timeProvider,
    ILogger<RetentionService> logger) : BackgroundService
{
    /// <summary>One sweep of both; returns how many state documents and Direct Line conversations were deleted.</summary>
    public async Task<(int BotState, int DirectLine)> SweepAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var botStateDeleted = 0;
        if (settings.BotStateDays > 0)
        {
            var cutoff = clock.GetCurrentInstant() - Duration.FromDays(settings.BotStateDays);
            botStateDeleted = await botState.DeleteNotWrittenSinceAsync(cutoff, cancellationToken);
            if (botStateDeleted > 0)
            {
                LogBotStateSwept(botStateDeleted, cutoff);
            }
        }

        var directLineDeleted = 0;
        if (settings.DirectLineDays > 0)
        {
            var cutoff = timeProvider.GetUtcNow() - TimeSpan.FromDays(settings.DirectLineDays);
            directLineDeleted = await directLine.DeleteInactiveSinceAsync(cutoff, cancellationToken);
            if (directLineDeleted > 0)
            {
                LogDirectLineSwept(directLineDeleted, cutoff);
            }
        }

        return (botStateDeleted, directLineDeleted);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (settings.BotStateDays == 0 && settings.DirectLineDays == 0)
        {
            return;
        }

        try
        {
            await Task.Delay(settings.FirstSweepDelay, timeProvider, stoppingToken);

            // Every interval from the first sweep's start, however long a sweep takes.
            using var timer = new PeriodicTimer(settings.SweepInterval, timeProvider);
            do
            {
                try
                {
                    await SweepAsync(stoppingToken);
                }
                catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
                {
                    // What stays a little longer harms no one; the next sweep tries again.
                    LogSweepFailed(exception);
                }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping.
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Retention: deleted {Count} conversation and user state documents last written before {Cutoff}.")]
    private partial void LogBotStateSwept(int count, Instant cutoff);

    [LoggerMessage(Level = LogLevel.Information, Message = "Retention: deleted {Count} web chat conversations with no activity since {Cutoff:O}, with their activity logs.")]
    private partial void LogDirectLineSwept(int count, DateTimeOffset cutoff);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The retention sweep failed; it runs again at the next interval.")]
    private partial void LogSweepFailed(Exception exception);
}
