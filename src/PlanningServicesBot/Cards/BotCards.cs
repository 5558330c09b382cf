using System.Text.Json.Nodes;
using BotRuntime.Cards;
using BotRuntime.Schema;

namespace PlanningServicesBot.Cards;

/// <summary>Turns a card template from cards/ and its data into an Adaptive Card attachment.</summary>
public sealed class BotCards(CardTemplateLibrary templates)
{
    public Attachment Render(string template, JsonObject data) =>
        Attachment.CreateAdaptiveCard(templates.Expand(template, data)
            ?? throw new InvalidOperationException($"Card template '{template}' expanded to nothing."));
}
