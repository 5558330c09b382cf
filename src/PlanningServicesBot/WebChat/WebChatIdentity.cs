using BotRuntime.DirectLine;

namespace PlanningServicesBot.WebChat;

/// <summary>Someone the page lets you chat as; <see cref="User"/> is null for an anonymous visitor (a customer).</summary>
public sealed record WebChatIdentity(string Key, string Label, DirectLineUser? User);
