using System.Text.Json.Nodes;
using BotRuntime.Schema;
using PlanningServicesBot.Intents;
using PlanningServicesBot.Localization;

namespace PlanningServicesBot.Cards;

/// <summary>The welcome, main menu and help cards, in the user's language.</summary>
public sealed class MenuCards(BotCards cards, BotText text)
{
    public Attachment Welcome(string? demoNotice) => cards.Render(CardNames.Welcome, new JsonObject
    {
        ["demo"] = demoNotice is not null,
        ["t"] = new JsonObject
        {
            ["title"] = text["Welcome.Title"],
            ["intro"] = text["Welcome.Intro"],
            ["demoNotice"] = demoNotice ?? string.Empty,
            ["prompt"] = text["Welcome.Prompt"],
        },
        ["menu"] = MenuItems(),
    });

    public Attachment MainMenu() => cards.Render(CardNames.MainMenu, new JsonObject
    {
        ["t"] = new JsonObject { ["title"] = text["Menu.Title"], ["hint"] = text["Menu.Hint"] },
        ["menu"] = MenuItems(),
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

    private JsonArray MenuItems() => new(
        new (UserIntent Intent, string Key)[] { (UserIntent.VoucherStatus, "Menu.Status"), (UserIntent.Help, "Menu.Help") }
            .Select(item => (JsonNode)new JsonObject { ["id"] = item.Intent.ToString(), ["title"] = text[item.Key] })
            .ToArray());
}
