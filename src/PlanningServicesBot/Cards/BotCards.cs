using System.Text.Json;
using System.Text.Json.Nodes;
using BotRuntime.Cards;
using BotRuntime.Schema;

namespace PlanningServicesBot.Cards;

/// <summary>Turns a card template from cards/ and its data into an Adaptive Card attachment.</summary>
public sealed class BotCards(CardTemplateLibrary templates)
{
    public Attachment Render(string template, JsonObject data) => templates.ExpandToElement(template, data) is { ValueKind: JsonValueKind.Object } card
        ? Attachment.CreateAdaptiveCard(card)
        : throw new InvalidOperationException($"Card template '{template}' did not expand to a card.");

    /// <summary>The expanded card JSON, e.g. for a card form prompt that adds field errors before sending it.</summary>
    public JsonObject Expand(string template, JsonObject data) =>
        templates.Expand(template, data) as JsonObject
            ?? throw new InvalidOperationException($"Card template '{template}' did not expand to a card.");
}
