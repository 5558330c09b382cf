using BotRuntime.Schema;

namespace BotRuntime.Dialogs.Choices;

// What a channel can show, as far as choices are concerned (the SDK's Channel table, trimmed to our channels).
public static class ChannelCapabilities
{
    public const int MaxTitleLengthForButtons = 20;

    public static bool SupportsSuggestedActions(string? channelId, int buttonCount, string? conversationType = null) => channelId switch
    {
        Channels.DirectLine or Channels.Webchat or Channels.Emulator => buttonCount <= 100,
        // Teams shows suggested actions only in personal chats, at most three.
        Channels.Msteams => buttonCount <= 3 && conversationType is null or "personal",
        _ => false,
    };

    public static bool SupportsCardActions(string? channelId, int buttonCount) => channelId switch
    {
        Channels.DirectLine or Channels.Webchat or Channels.Emulator => buttonCount <= 100,
        Channels.Msteams => buttonCount <= 3,
        _ => false,
    };
}
