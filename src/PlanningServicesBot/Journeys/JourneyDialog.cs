using System.Security.Cryptography;
using System.Text;
using System.Globalization;
using System.Text.Json;
using BotRuntime;
using BotRuntime.Dialogs;
using BotRuntime.Schema;
using PlanningServicesBot.Domain.Operations;
using PlanningServicesBot.Domain.Vouchers;
using PlanningServicesBot.Identity;
using PlanningServicesBot.Intents;
using PlanningServicesBot.Localization;

namespace PlanningServicesBot.Journeys;

/// <summary>
/// One user journey (a dialog started from the menu, a card button or typed words). The main dialog routes to it by
/// <see cref="Intent"/>, handles help/cancel/menu around it, and resumes it when a journey started on top of it ends.
/// </summary>
public abstract class JourneyDialog(string dialogId, UserIntent intent) : ComponentDialog(dialogId)
{
    /// <summary>The card data property carrying an operation id, so a double click or a redelivered submit changes nothing twice.</summary>
    public const string OperationIdProperty = "opId";

    /// <summary>The card data property carrying the voucher version the card was drawn from, to detect stale cards.</summary>
    public const string VoucherVersionProperty = "voucherVersion";

    public UserIntent Intent { get; } = intent;

    /// <summary>Whether the main menu offers this journey to the user. Permissions are the domain's: a journey asks it and says who may act.</summary>
    public abstract bool IsOfferedTo(BotUser user);

    /// <summary>A new operation id to put in a card's submit data.</summary>
    public static string NewOperationId() => Guid.NewGuid().ToString("N");

    /// <summary>
    /// The idempotency key of a submit: the card's operation id when it has one, else the channel's activity id,
    /// so a redelivered activity maps to the same key.
    /// </summary>
    public static OperationKey OperationKeyOf(Activity activity)
    {
        if (SubmitString(activity, OperationIdProperty) is { Length: > 0 and <= OperationKey.MaxLength } opId)
        {
            return new OperationKey(opId);
        }

        if (activity.Id is null)
        {
            return OperationKey.NewRandom();
        }

        var id = $"{activity.ChannelId}:{activity.Conversation?.Id}:{activity.Id}";
        return new OperationKey(id.Length <= OperationKey.MaxLength ? id : Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(id))));
    }

    /// <summary>True when the submit came from a card drawn for an older version of the voucher than the current one.</summary>
    public static bool IsStale(Activity activity, Voucher current) =>
        SubmitString(activity, VoucherVersionProperty) is { } version
        && long.TryParse(version, NumberStyles.Integer, CultureInfo.InvariantCulture, out var drawnFrom)
        && drawnFrom != current.Version;

    /// <summary>A string value of the card submit (Adaptive Card inputs always arrive as strings).</summary>
    public static string? SubmitString(Activity activity, string property) =>
        activity.Value is { ValueKind: JsonValueKind.Object } value && value.TryGetProperty(property, out var item)
            ? item.ValueKind switch
            {
                JsonValueKind.String => item.GetString(),
                JsonValueKind.Number => item.GetRawText(),
                JsonValueKind.True => "true",
                JsonValueKind.False => "false",
                _ => null,
            }
            : null;

    /// <summary>Says a journey is not for this user; journeys call it when <see cref="IsOfferedTo"/> is false.</summary>
    protected static async Task<DialogTurnResult> RefuseUserAsync(DialogContext dc, BotUser user, BotText text, CancellationToken cancellationToken)
    {
        var key = user.Kind == BotUserKind.PartnerUser ? "Journey.NotAvailable" : "Journey.PartnersOnly";
        await dc.Context.SendActivityAsync(MessageFactory.Text(text[key]), cancellationToken);
        return await dc.EndDialogAsync(null, cancellationToken);
    }

    public static UserTime UserTimeFor(ITurnContext context, NodaTime.DateTimeZone programZone) =>
        new(UserTime.ZoneFor(context.Activity.LocalTimezone, programZone), CultureInfo.CurrentCulture);
}
