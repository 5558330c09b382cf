using System.Globalization;
using System.Text.Json.Nodes;
using BotRuntime;
using BotRuntime.Dialogs;
using NodaTime;
using PlanningServicesBot.Cards;
using PlanningServicesBot.Domain.Calendar;
using PlanningServicesBot.Domain.Deadlines;
using PlanningServicesBot.Identity;
using PlanningServicesBot.Intents;
using PlanningServicesBot.Localization;

namespace PlanningServicesBot.Journeys.Program;

/// <summary>
/// The program's retirement dates relative to today (the demo date in demo mode): which have passed, which is next
/// and which come later, each with its date in the user's language and how many days ago or ahead it is.
/// </summary>
public sealed class ProgramTimelineDialog : JourneyDialog
{
    public const string DialogId = "programTimeline";

    private readonly BotText _text;
    private readonly IClock _clock;
    private readonly ProgramCalendar _calendar;
    private readonly DeadlineCalendar _deadlines;
    private readonly BotCards _cards;

    public ProgramTimelineDialog(BotText text, IClock clock, ProgramCalendar calendar, DeadlineCalendar deadlines, BotCards cards)
        : base(DialogId, UserIntent.ProgramTimeline)
    {
        _text = text;
        _clock = clock;
        _calendar = calendar;
        _deadlines = deadlines;
        _cards = cards;
        AddDialog(new WaterfallDialog($"{DialogId}.steps", [ShowTimelineStepAsync]));
        InitialDialogId = $"{DialogId}.steps";
    }

    /// <summary>The retirement dates concern customers, partners and support staff alike.</summary>
    public override bool IsOfferedTo(BotUser user) => true;

    private async Task<DialogTurnResult> ShowTimelineStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var now = _clock.GetCurrentInstant();
        var card = Card(_deadlines.Timeline(now), _calendar.Today(now), UserTimeFor(step.Context, _calendar.Zone));
        await step.Context.SendActivityAsync(MessageFactory.Attachment(card), cancellationToken);
        return await step.EndDialogAsync(null, cancellationToken);
    }

    private BotRuntime.Schema.Attachment Card(IReadOnlyList<TimelineEvent> timeline, LocalDate today, UserTime userTime)
    {
        var next = timeline.FirstOrDefault(e => !e.HasPassed);
        var events = timeline.Select(e =>
        {
            var isNext = e == next;
            var status = e.HasPassed ? "Passed" : isNext ? "Next" : "Upcoming";
            return (JsonNode)new JsonObject
            {
                ["status"] = _text[$"Timeline.Status.{status}"],
                ["name"] = _text[$"Timeline.Milestone.{e.Milestone}"],
                ["date"] = userTime.Day(e.Date),
                ["relative"] = Relative(today, e.Date),
                ["style"] = isNext ? "emphasis" : "default",
                ["weight"] = isNext ? "Bolder" : "Default",
            };
        });

        return _cards.Render(CardNames.ProgramTimeline, new JsonObject
        {
            ["t"] = new JsonObject
            {
                ["title"] = _text["Timeline.Title"],
                ["asOf"] = _text.Format("Timeline.AsOf", userTime.Day(today)),
                ["next"] = next is null
                    ? _text["Timeline.NoneAhead"]
                    : _text.Format("Timeline.Next", _text[$"Timeline.Milestone.{next.Milestone}"], userTime.Day(next.Date), Relative(today, next.Date)),
                ["zoneNote"] = _text.Format("Timeline.ZoneNote", _calendar.Zone.Id),
                ["menu"] = _text["Common.Menu"],
            },
            ["events"] = new JsonArray(events.ToArray()),
            ["opId"] = NewOperationId(),
        });
    }

    private string Relative(LocalDate today, LocalDate day) => Period.DaysBetween(today, day) switch
    {
        0 => _text["Timeline.Today"],
        1 => _text["Timeline.DaysAhead.One"],
        -1 => _text["Timeline.DaysAgo.One"],
        > 1 and var ahead => _text.Format("Timeline.DaysAhead.Many", ahead.ToString("N0", CultureInfo.CurrentCulture)),
        var ago => _text.Format("Timeline.DaysAgo.Many", (-ago).ToString("N0", CultureInfo.CurrentCulture)),
    };
}
