using System.Text.Json;

namespace PlanningServicesBot.LoadDriver;

/// <summary>What the user says on each turn of a conversation, and which reply of the bot ends that turn.</summary>
public interface ITurnScript
{
    string UserText(int turn);

    /// <summary>
    /// Whether <paramref name="reply"/> (an activity as JSON) is the bot's answer that ends the turn. Read from the JSON
    /// as it came, not deserialized into activities first: the driver shares the cores with the bot it measures.
    /// </summary>
    bool EndsTurn(int turn, JsonElement reply);

    /// <summary>The reply that ends the turn, for a failure's message.</summary>
    string Expected(int turn);
}

/// <summary>The status journey's user texts, each answered by a message that says it back (<see cref="FloorServer"/>).</summary>
public sealed class SayBackScript(StatusJourney journey) : ITurnScript
{
    public string UserText(int turn) => journey.UserText(turn);

    public bool EndsTurn(int turn, JsonElement reply) =>
        StatusJourney.IsMessage(reply) && StatusJourney.HasText(reply, journey.UserText(turn));

    public string Expected(int turn) => $"a message saying \"{journey.UserText(turn)}\" back";
}
