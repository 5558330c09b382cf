using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NodaTime;
using PlanningServicesBot.Data.BotState;

namespace PlanningServicesBot.Hosting;

/// <summary>
/// Deletes conversation and user state not written for <see cref="BotStateRetentionOptions.RetentionDays"/> days, so the
/// state file does not grow with every conversation ever held. A conversation that comes back after that starts afresh,
/// as one would after a channel forgets it. Times are the bot's clock (the demo clock in demo mode), the one the writes
/// are stamped with.
/// </summary>
public sealed partial class BotStateRetentionService(
    SqliteStorage storage,
    IClock clock,
    IOptions<BotStateRetentionOptions> options,
    TimeProvider timeProvider,
    ILogger<BotStateRetentionService> logger) : BackgroundService
{
    /// <summary>One sweep: deletes what was last written before the retention period; returns how many documents.</summary>
    public async Task<int> SweepAsync(CancellationToken cancellationToken)
    {
        var cutoff = clock.GetCurrentInstant() - Duration.FromDays(options.Value.RetentionDays);
        var deleted = await storage.DeleteNotWrittenSinceAsync(cutoff, cancellationToken);
        if (deleted > 0)
        {
            LogSwept(deleted, cutoff);
        }

        return deleted;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (settings.RetentionDays == 0)
        {
            return;
        }

        try
        {
            await Task.Delay(settings.FirstSweepDelay, timeProvider, stoppingToken);

            // Every interval from the first sweep's start, however long a sweep takes.
            using var timer = new PeriodicTimer(settings.RetentionSweepInterval, timeProvider);
            do
            {
                try
                {
                    await SweepAsync(stoppingToken);
                }
                catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
                {
                    // State that stays a little longer harms no one; the next sweep tries again.
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

    [LoggerMessage(Level = LogLevel.Information, Message = "Deleted {Count} conversation and user state documents last written before {Cutoff}.")]
    private partial void LogSwept(int count, Instant cutoff);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The bot state retention sweep failed; it runs again at the next interval.")]
    private partial void LogSweepFailed(Exception exception);
}
