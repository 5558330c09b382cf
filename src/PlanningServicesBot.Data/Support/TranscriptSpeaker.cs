namespace PlanningServicesBot.Data.Support;

/// <summary>Who said a line of a conversation transcript.</summary>
public enum TranscriptSpeaker
{
    User,
    Bot,
}
