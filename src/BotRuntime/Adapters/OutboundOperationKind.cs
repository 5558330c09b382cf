namespace BotRuntime.Adapters;

internal enum OutboundOperationKind
{
    Send,
    Update,
    Delete,
    Delay,
}
