namespace BotRuntime.Cards;

/// <summary>A card template that cannot be parsed, or a binding that fails where adaptivecards-templating would throw.</summary>
public sealed class CardTemplateException : Exception
{
    public CardTemplateException(string message)
        : base(message)
    {
    }

    public CardTemplateException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
