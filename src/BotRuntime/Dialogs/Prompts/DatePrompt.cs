using System.Text.Json.Nodes;
using BotRuntime.Recognizers;

namespace BotRuntime.Dialogs.Prompts;

// A calendar date in the turn's culture ("03/05/2021" is 3 May in fr, 5 March in en-US). "Today" and
// "tomorrow" count from today in the user's time zone (the activity's localTimezone or localTimestamp offset),
// taken from the TimeProvider so tests and demo clocks decide what today is.
public class DatePrompt : Prompt<DateOnly>
{
    private readonly TimeProvider timeProvider;

    public DatePrompt(string dialogId, PromptValidator<DateOnly>? validator = null, string? defaultLocale = null, TimeProvider? timeProvider = null)
        : base(dialogId, validator)
    {
        DefaultLocale = defaultLocale;
        this.timeProvider = timeProvider ?? TimeProvider.System;
    }

    protected override Task<PromptRecognizerResult<DateOnly>> OnRecognizeAsync(ITurnContext turnContext, JsonObject state, PromptOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var results = DateRecognizer.Recognize(turnContext.Activity.Text, Culture(turnContext), Today(turnContext));
        return Task.FromResult(results.Count > 0
            ? PromptRecognizerResult<DateOnly>.Success(results[0].Value)
            : PromptRecognizerResult<DateOnly>.Failed);
    }

    protected virtual DateOnly Today(ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var now = timeProvider.GetUtcNow();
        var activity = turnContext.Activity;
        if (activity.LocalTimezone is { Length: > 0 } zoneId && TimeZoneInfo.TryFindSystemTimeZoneById(zoneId, out var zone))
        {
            return DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);
        }

        if (activity.LocalTimestamp is { } local)
        {
            return DateOnly.FromDateTime(now.ToOffset(local.Offset).DateTime);
        }

        return DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, timeProvider.LocalTimeZone).DateTime);
    }
}
