namespace PlanningServicesBot.Data.Support;

/// <summary>One message of a conversation, as support staff read it back: who said it and what it said.</summary>
public sealed record TranscriptLine(TranscriptSpeaker Speaker, string Text);
