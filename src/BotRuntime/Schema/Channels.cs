namespace BotRuntime.Schema;

public static class Channels
{
    public const string DirectLine = "directline";
    public const string Webchat = "webchat";
    public const string Emulator = "emulator";
    public const string Msteams = "msteams";
    public const string Test = "test";
}
