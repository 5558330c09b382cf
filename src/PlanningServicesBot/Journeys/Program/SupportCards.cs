using System.Text.Json.Nodes;
using BotRuntime.Schema;
using PlanningServicesBot.Cards;
using PlanningServicesBot.Data.Support;
using PlanningServicesBot.Domain.Partners;
using PlanningServicesBot.Localization;

namespace PlanningServicesBot.Journeys.Program;

/// <summary>The support journey's cards: where to follow up with a request ready to record, and the recorded request.</summary>
internal sealed class SupportCards(BotCards cards, BotText text)
{
    public const string Decision = "decision";
    public const string Send = "send";
    public const string Discard = "discard";
    public const string Voucher = "voucher";
    public const string Question = "question";

    /// <summary>Where to follow up, and the request to record; its buttons carry everything, so they act whenever pressed, once.</summary>
    public Attachment Contact(SupportRoute route, Partner? partner, string? voucher, string question) => cards.Render(CardNames.SupportContact, new JsonObject
    {
        ["t"] = new JsonObject
        {
            ["title"] = text["Support.ContactTitle"],
            ["route"] = RouteText(route),
            ["recordIntro"] = text["Support.RecordIntro"],
            ["send"] = text["Support.Send"],
            ["discard"] = text["Support.Discard"],
            ["open"] = text[$"Support.Open.{route.TextKey}"],
        },
        ["facts"] = Facts(("Company", partner?.Name), ("Voucher", voucher ?? text["Support.NoVoucher"]), ("Question", question)),
        ["contactUrl"] = route.Link(text["Support.MailSubjectQuestion"]),
        ["opId"] = JourneyDialog.NewOperationId(),
        ["submit"] = new JsonObject { [Voucher] = voucher ?? string.Empty, [Question] = question },
    });

    public Attachment Recorded(RecordedSupportRequest recorded, SupportRoute route, Partner? partner, UserTime userTime)
    {
        var request = recorded.Request;
        return cards.Render(CardNames.SupportRequestRecorded, new JsonObject
        {
            ["t"] = new JsonObject
            {
                ["title"] = text.Format("Support.RecordedTitle", recorded.Reference),
                ["intro"] = text.Format("Support.RecordedIntro", recorded.Reference),
                ["route"] = RouteText(route),
                ["open"] = text[$"Support.Open.{route.TextKey}"],
                ["menu"] = text["Common.Menu"],
            },
            ["facts"] = Facts(
                ("Reference", recorded.Reference),
                ("RecordedAt", userTime.Moment(request.RecordedAt)),
                ("Company", partner?.Name),
                ("Voucher", request.Voucher?.Value ?? text["Support.NoVoucher"]),
                ("Question", request.Question),
                ("FollowUp", request.FollowUp)),
            ["contactUrl"] = route.Link(text.Format("Support.MailSubject", recorded.Reference)),
            ["opId"] = JourneyDialog.NewOperationId(),
        });
    }

    public string RouteText(SupportRoute route) => text.Format($"Support.Route.{route.TextKey}", route.Address);

    private JsonArray Facts(params (string Label, string? Value)[] facts) => new(facts
        .Where(f => f.Value is not null)
        .Select(f => (JsonNode)new JsonObject { ["label"] = text[$"Support.Fact.{f.Label}"], ["value"] = f.Value })
        .ToArray());
}
