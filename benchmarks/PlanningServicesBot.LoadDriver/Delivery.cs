namespace PlanningServicesBot.LoadDriver;

/// <summary>How the bot hands back a turn's replies.</summary>
public enum Delivery
{
    /// <summary>deliveryMode expectReplies: all replies in the HTTP response body.</summary>
    ExpectReplies,

    /// <summary>The channel's way: the bot POSTs each reply to the Connector at the activity's serviceUrl.</summary>
    ServiceUrl,
}
