namespace PlanningServicesBot.WebChat;

/// <summary>An identity as the page's picker shows it: the key to ask a token for, and a label.</summary>
public sealed record WebChatIdentityChoice(string Key, string Label);
