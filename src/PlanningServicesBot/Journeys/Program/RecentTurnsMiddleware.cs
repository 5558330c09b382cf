using System.Text.Json;
using BotRuntime;
using BotRuntime.Schema;
using BotRuntime.State;
using PlanningServicesBot.Data.Support;

namespace PlanningServicesBot.Journeys.Program;

/// <summary>
/// Keeps the last few messages of each conversation (the user's and the bot's) in conversation state, so a support
/// request can carry the context that led to it. A card is kept as its title, a card submit as its values.
/// </summary>
public sealed class RecentTurnsMiddleware(ConversationState conversationState) : BotRuntime.IMiddleware
{
    public const string PropertyName = "recentTurns";
    public const int MaxLines = 10;
    public const int MaxLineLength = 500;

    // Plumbing of the card submits, not something the user said.
    private static readonly HashSet<string> HiddenSubmitValues = [JourneyDialog.OperationIdProperty, JourneyDialog.VoucherVersionProperty];

    private readonly IStatePropertyAccessor<List<TranscriptLine>> _lines = conversationState.CreateProperty<List<TranscriptLine>>(PropertyName);

    /// <summary>A copy of the conversation's recent messages, oldest first, including this turn's so far.</summary>
    public static async Task<IReadOnlyList<TranscriptLine>> ReadAsync(ConversationState conversationState, ITurnContext turnContext, CancellationToken cancellationToken) =>
        [.. await conversationState.CreateProperty<List<TranscriptLine>>(PropertyName).GetAsync(turnContext, cancellationToken) ?? []];

    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        var activity = turnContext.Activity;
        if (activity.IsType(ActivityTypes.Message) && UserLine(activity) is { } said)
        {
            await AppendAsync(turnContext, TranscriptSpeaker.User, said, cancellationToken);
        }

        turnContext.OnSendActivities(async (context, activities, sendNext) =>
        {
            foreach (var reply in activities.Where(a => a.IsType(ActivityTypes.Message)))
            {
                if (BotLine(reply) is { } line)
                {
                    await AppendAsync(context, TranscriptSpeaker.Bot, line, cancellationToken);
                }
            }

            return await sendNext();
        });

        await next(cancellationToken);
    }

    private async Task AppendAsync(ITurnContext turnContext, TranscriptSpeaker speaker, string text, CancellationToken cancellationToken)
    {
        var lines = await _lines.GetAsync(turnContext, () => [], cancellationToken);
        lines.Add(new TranscriptLine(speaker, text.Length <= MaxLineLength ? text : text[..(MaxLineLength - 1)] + "…"));
        if (lines.Count > MaxLines)
        {
            lines.RemoveRange(0, lines.Count - MaxLines);
        }
    }

    private static string? UserLine(Activity activity)
    {
        if (!string.IsNullOrWhiteSpace(activity.Text))
        {
            return activity.Text.Trim();
        }

        if (activity.Value is not { ValueKind: JsonValueKind.Object } value)
        {
            return null;
        }

        var shown = value.EnumerateObject()
            .Where(p => !HiddenSubmitValues.Contains(p.Name))
            .Select(p => $"{p.Name}: {(p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString() : p.Value.GetRawText())}")
            .ToList();
        return shown.Count > 0 ? string.Join(", ", shown) : null;
    }

    private static string? BotLine(Activity reply)
    {
        var parts = new[] { reply.Text?.Trim() }
            .Concat(reply.Attachments?.Where(a => a.ContentType == AttachmentContentTypes.AdaptiveCard).Select(CardTitle) ?? [])
            .Where(part => !string.IsNullOrWhiteSpace(part))
            .ToList();
        return parts.Count > 0 ? string.Join(" | ", parts) : null;
    }

    private static string? CardTitle(Attachment card) =>
        card.Content is { ValueKind: JsonValueKind.Object } content
        && content.TryGetProperty("body", out var body)
        && body.ValueKind == JsonValueKind.Array
            ? body.EnumerateArray()
                .Where(e => e.ValueKind == JsonValueKind.Object
                    && e.TryGetProperty("type", out var type) && type.ValueEquals("TextBlock")
                    && e.TryGetProperty("text", out var text) && text.ValueKind == JsonValueKind.String)
                .Select(e => e.GetProperty("text").GetString())
                .FirstOrDefault()
            : null;
}
