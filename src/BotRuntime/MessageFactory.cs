using BotRuntime.Schema;

namespace BotRuntime;

/// <summary>Builds outgoing message activities, as the SDK's MessageFactory does.</summary>
public static class MessageFactory
{
    public static Activity Text(string? text, string? speak = null, string? inputHint = null) =>
        new() { Type = ActivityTypes.Message, Text = text, Speak = speak, InputHint = inputHint };

    public static Activity Attachment(Attachment attachment, string? text = null, string? speak = null, string? inputHint = null) =>
        Attachment([attachment], text, speak, inputHint);

    public static Activity Attachment(IEnumerable<Attachment> attachments, string? text = null, string? speak = null, string? inputHint = null)
    {
        var activity = Text(text, speak, inputHint);
        activity.Attachments = attachments.ToList();
        return activity;
    }

    public static Activity Carousel(IEnumerable<Attachment> attachments, string? text = null, string? speak = null, string? inputHint = null)
    {
        var activity = Attachment(attachments, text, speak, inputHint);
        activity.AttachmentLayout = AttachmentLayoutTypes.Carousel;
        return activity;
    }

    public static Activity SuggestedActions(IEnumerable<CardAction> actions, string? text = null, string? speak = null, string? inputHint = null)
    {
        var activity = Text(text, speak, inputHint);
        activity.SuggestedActions = new SuggestedActions { Actions = actions.ToList() };
        return activity;
    }

    public static Activity SuggestedActions(IEnumerable<string> choices, string? text = null, string? speak = null, string? inputHint = null) =>
        SuggestedActions(choices.Select(choice => CardAction.ImBack(choice)), text, speak, inputHint);
}
