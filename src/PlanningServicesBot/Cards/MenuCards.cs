using System.Text.Json.Nodes;
using BotRuntime.Schema;
using PlanningServicesBot.Identity;
using PlanningServicesBot.Intents;
using PlanningServicesBot.Journeys;
using PlanningServicesBot.Localization;

namespace PlanningServicesBot.Cards;

/// <summary>The welcome, main menu and help cards, in the user's language, offering the journeys open to the user.</summary>
public sealed class MenuCards(BotCards cards, BotText text, IEnumerable<JourneyDialog> journeys)
{
    public Attachment Welcome(BotUser user, string? demoNotice) => cards.Render(CardNames.Welcome, new JsonObject
    {
        ["demo"] = demoNotice is not null,
        ["t"] = new JsonObject
        {
            ["title"] = text["Welcome.Title"],
            ["intro"] = text["Welcome.Intro"],
            ["demoNotice"] = demoNotice ?? string.Empty,
            ["prompt"] = text["Welcome.Prompt"],
        },
        ["menu"] = MenuItems(user),
    });

    public Attachment MainMenu(BotUser user) => cards.Render(CardNames.MainMenu, new JsonObject
    {
        ["t"] = new JsonObject { ["title"] = text["Menu.Title"], ["hint"] = text["Menu.Hint"] },
        ["menu"] = MenuItems(user),
    });

    public Attachment Help() => cards.Render(CardNames.Help, new JsonObject
    {
        ["t"] = new JsonObject { ["title"] = text["Help.Title"], ["intro"] = text["Help.Intro"], ["menu"] = text["Common.Menu"] },
        ["commands"] = new JsonArray(
            new[] { "Menu", "Cancel", "StartOver", "Help" }
                .Select(command => (JsonNode)new JsonObject
                {
                    ["word"] = text[$"Help.Word.{command}"],
                    ["meaning"] = text[$"Help.Meaning.{command}"],
                })
                .ToArray()),
    });

    private JsonArray MenuItems(BotUser user) => new(
        journeys.Where(j => j.IsOfferedTo(user)).Select(j => j.Intent).Append(UserIntent.Help)
            .Select(intent => (JsonNode)new JsonObject { ["id"] = intent.ToString(), ["title"] = text[$"Menu.{intent}"] })
            .ToArray());
}
