using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using BotRuntime.Schema;
using PlanningServicesBot.Data.Demo;
using PlanningServicesBot.Localization;

namespace PlanningServicesBot.LoadDriver;

/// <summary>
/// The customer's voucher status check as a repeating cycle of three turns: ask for a check, give the number,
/// give the admin's e-mail. Each turn is done when the bot's reply that ends it arrives: the number question,
/// the e-mail question, then the status card naming the voucher.
/// </summary>
public sealed class StatusJourney : ITurnScript
{
    public const int TurnsPerJourney = 3;
    public const string Locale = "en-US";
    private const string StartText = "check a voucher";

    private readonly string _numberQuestion;
    private readonly string _emailQuestion;
    private readonly byte[] _voucherNumberUtf8;

    public StatusJourney(DemoVoucher voucher)
    {
        Voucher = voucher;
        var text = new BotText();
        var culture = CultureInfo.GetCultureInfo(Locale);
        _numberQuestion = text.Get("Status.AskNumber", culture);
        _emailQuestion = text.Get("Status.AskEmail", culture);
        _voucherNumberUtf8 = Encoding.UTF8.GetBytes(voucher.Number);
    }

    public DemoVoucher Voucher { get; }

    public string UserText(int turn) => (turn % TurnsPerJourney) switch
    {
        0 => StartText,
        1 => Voucher.Number,
        _ => Voucher.AdminEmail,
    };

    public bool EndsTurn(int turn, JsonElement reply) => (turn % TurnsPerJourney) switch
    {
        0 => IsMessage(reply) && HasText(reply, _numberQuestion),
        1 => IsMessage(reply) && HasText(reply, _emailQuestion),
        _ => IsMessage(reply) && reply.TryGetProperty("attachments", out var attachments)
            && attachments.ValueKind == JsonValueKind.Array
            && attachments.EnumerateArray().Any(IsStatusCard),
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

    internal static bool IsMessage(JsonElement activity) =>
        activity.ValueKind == JsonValueKind.Object
        && activity.TryGetProperty("type", out var type)
        && type.ValueKind == JsonValueKind.String
        && type.ValueEquals(ActivityTypes.Message);

    internal static bool HasText(JsonElement activity, string text) =>
        activity.TryGetProperty("text", out var actual) && actual.ValueKind == JsonValueKind.String && actual.ValueEquals(text);

    private bool IsStatusCard(JsonElement attachment) =>
        attachment.ValueKind == JsonValueKind.Object
        && attachment.TryGetProperty("contentType", out var contentType)
        && contentType.ValueKind == JsonValueKind.String
        && contentType.ValueEquals(AttachmentContentTypes.AdaptiveCard)
        && attachment.TryGetProperty("content", out var card)
        && card.ValueKind == JsonValueKind.Object
        && JsonMarshal.GetRawUtf8Value(card).IndexOf(_voucherNumberUtf8) >= 0;
}
