using System.Text;
using BotRuntime.Schema;

namespace BotRuntime.Testing;

// One readable line per activity, for test logs and assertion messages.
internal static class TranscriptLine
{
    public static string Describe(Activity activity, string? who = null)
    {
        var line = new StringBuilder();
        line.Append(who ?? activity.From?.Role ?? activity.From?.Id ?? "?").Append(": ");
        if (!activity.IsType(ActivityTypes.Message))
        {
            line.Append('[').Append(activity.Type).Append(activity.Name is null ? string.Empty : " " + activity.Name).Append("] ");
        }

        if (!string.IsNullOrEmpty(activity.Text))
        {
            line.Append(activity.Text.ReplaceLineEndings(" / "));
        }

        if (activity.Value is { } value)
        {
            line.Append(" value=").Append(value.GetRawText());
        }

        foreach (var attachment in activity.Attachments ?? [])
        {
            line.Append(" [").Append(attachment.ContentType).Append(']');
        }

        if (activity.SuggestedActions?.Actions is { Count: > 0 } actions)
        {
            line.Append(" {").Append(string.Join(" | ", actions.Select(a => a.Title))).Append('}');
        }

        return line.ToString();
    }
}
