namespace PlanningServicesBot.WebChat;

/// <summary>A language of the page's picker: its name in itself, and the locale Web Chat is given (and sends to the bot).</summary>
public sealed record WebChatLanguage(string Key, string Label, string Locale);
