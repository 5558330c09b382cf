using BotRuntime.Schema;

namespace BotRuntime.Adapters;

/// <summary>One thing a turn asked the channel to do, held back until the turn's state is saved.</summary>
internal sealed record OutboundOperation(OutboundOperationKind Kind, Activity? Activity = null, ConversationReference? Reference = null);
