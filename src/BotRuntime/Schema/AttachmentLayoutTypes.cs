namespace BotRuntime.Schema;

public static class AttachmentLayoutTypes
{
    public const string List = "list";
    public const string Carousel = "carousel";
}
