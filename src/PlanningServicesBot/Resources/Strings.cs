namespace PlanningServicesBot.Resources;

/// <summary>Marker type for the bot's user-facing texts in Strings.resx (and Strings.{culture}.resx).</summary>
public sealed class Strings
{
}
