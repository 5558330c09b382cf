namespace BotRuntime.Dialogs.Choices;

public enum ListStyle
{
    None,
    Auto,
    Inline,
    List,
    SuggestedAction,
    HeroCard,
}
