using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using BotRuntime.Recognizers;
using BotRuntime.Schema;

namespace BotRuntime.Dialogs.Choices;

// Renders a list of choices as text, suggested actions or a hero card, like the SDK's ChoiceFactory.
public static class ChoiceFactory
{
    // Suggested actions where the channel has them, else a hero card, else inline text for up to three short
    // choices, else a numbered list. Titles too long for a button force text.
    public static Activity ForChannel(string? channelId, IReadOnlyList<Choice> choices, string? text, ChoiceFactoryOptions options, string? conversationType = null)
    {
        ArgumentNullException.ThrowIfNull(choices);
        var longest = choices.Count == 0 ? 0 : choices.Max(c => c.DisplayText.Length);
        var fitsButtons = longest <= ChannelCapabilities.MaxTitleLengthForButtons;
        if (fitsButtons && ChannelCapabilities.SupportsSuggestedActions(channelId, choices.Count, conversationType))
        {
            return SuggestedAction(choices, text);
        }

        if (fitsButtons && ChannelCapabilities.SupportsCardActions(channelId, choices.Count))
        {
            return HeroCard(choices, text);
        }

        return choices.Count <= 3 && fitsButtons ? Inline(choices, text, options) : List(choices, text, options);
    }

    public static Activity Inline(IReadOnlyList<Choice> choices, string? text, ChoiceFactoryOptions options)
    {
        ArgumentNullException.ThrowIfNull(choices);
        ArgumentNullException.ThrowIfNull(options);
        var builder = new StringBuilder(text ?? string.Empty);
        for (var i = 0; i < choices.Count; i++)
        {
            var separator = i == 0 ? (builder.Length > 0 ? " " : string.Empty)
                : i < choices.Count - 1 ? options.InlineSeparator
                : choices.Count == 2 ? options.InlineOr
                : options.InlineOrMore;
            builder.Append(separator);
            if (options.IncludeNumbers)
            {
                builder.Append('(').Append((i + 1).ToString(CultureInfo.InvariantCulture)).Append(") ");
            }

            builder.Append(choices[i].DisplayText);
        }

        return MessageFactory.Text(builder.ToString(), inputHint: InputHints.ExpectingInput);
    }

    public static Activity List(IReadOnlyList<Choice> choices, string? text, ChoiceFactoryOptions options)
    {
        ArgumentNullException.ThrowIfNull(choices);
        ArgumentNullException.ThrowIfNull(options);
        var builder = new StringBuilder(text ?? string.Empty);
        if (builder.Length > 0)
        {
            builder.Append("\n\n");
        }

        for (var i = 0; i < choices.Count; i++)
        {
            builder.Append(i == 0 ? "   " : "\n   ");
            builder.Append(options.IncludeNumbers ? (i + 1).ToString(CultureInfo.InvariantCulture) + ". " : "- ");
            builder.Append(choices[i].DisplayText);
        }

        return MessageFactory.Text(builder.ToString(), inputHint: InputHints.ExpectingInput);
    }

    public static Activity SuggestedAction(IReadOnlyList<Choice> choices, string? text)
    {
        ArgumentNullException.ThrowIfNull(choices);
        var activity = MessageFactory.SuggestedActions(choices.Select(c => CardAction.ImBack(c.DisplayText)), text, inputHint: InputHints.ExpectingInput);
        return activity;
    }

    public static Activity HeroCard(IReadOnlyList<Choice> choices, string? text)
    {
        ArgumentNullException.ThrowIfNull(choices);
        var buttons = new JsonArray(choices
            .Select(c => (JsonNode)new JsonObject { ["type"] = ActionTypes.ImBack, ["title"] = c.DisplayText, ["value"] = c.DisplayText })
            .ToArray());
        var card = new JsonObject { ["buttons"] = buttons };
        if (!string.IsNullOrEmpty(text))
        {
            card["text"] = text;
        }

        var attachment = new Attachment { ContentType = AttachmentContentTypes.HeroCard, Content = JsonSerializer.SerializeToElement(card, BotJson.Options) };
        return MessageFactory.Attachment(attachment, inputHint: InputHints.ExpectingInput);
    }
}
