using System.Globalization;
using BotRuntime.Schema;
using PlanningServicesBot.Data.Demo;
using PlanningServicesBot.Localization;

namespace PlanningServicesBot.LoadDriver;

/// <summary>
/// The customer's voucher status check as a repeating cycle of three turns: ask for a check, give the number,
/// give the admin's e-mail. Each turn is done when the bot's reply that ends it arrives: the number question,
/// the e-mail question, then the status card naming the voucher.
/// </summary>
public sealed class StatusJourney
{
    public const int TurnsPerJourney = 3;
    public const string Locale = "en-US";
    private const string StartText = "check a voucher";

    private readonly string _numberQuestion;
    private readonly string _emailQuestion;

    public StatusJourney(DemoVoucher voucher)
    {
        Voucher = voucher;
        var text = new BotText();
        var culture = CultureInfo.GetCultureInfo(Locale);
        _numberQuestion = text.Get("Status.AskNumber", culture);
        _emailQuestion = text.Get("Status.AskEmail", culture);
    }

    public DemoVoucher Voucher { get; }

    public string UserText(int turn) => (turn % TurnsPerJourney) switch
    {
        0 => StartText,
        1 => Voucher.Number,
        _ => Voucher.AdminEmail,
    };

    public bool EndsTurn(int turn, Activity reply) => (turn % TurnsPerJourney) switch
    {
        0 => IsMessage(reply) && reply.Text == _numberQuestion,
        1 => IsMessage(reply) && reply.Text == _emailQuestion,
        _ => IsMessage(reply) && (reply.Attachments ?? []).Any(IsStatusCard),
    };

    /// <summary>What the turn does, the same for every conversation, e.g. "give the e-mail".</summary>
    public static string Step(int turn) => (turn % TurnsPerJourney) switch
    {
        0 => "ask for a check",
        1 => "give the number",
        _ => "give the e-mail",
    };

    public string Expected(int turn) => (turn % TurnsPerJourney) switch
    {
        0 => $"the number question \"{_numberQuestion}\"",
        1 => $"the e-mail question \"{_emailQuestion}\"",
        _ => $"an Adaptive Card naming {Voucher.Number}",
    };

    private static bool IsMessage(Activity activity) => activity.IsType(ActivityTypes.Message);

    private bool IsStatusCard(Attachment attachment) =>
        attachment.ContentType == AttachmentContentTypes.AdaptiveCard
        && attachment.Content is { } card
        && card.GetRawText().Contains(Voucher.Number, StringComparison.Ordinal);
}
