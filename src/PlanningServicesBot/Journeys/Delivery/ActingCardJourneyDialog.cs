using BotRuntime.Dialogs;
using BotRuntime.Schema;
using PlanningServicesBot.Intents;

namespace PlanningServicesBot.Journeys.Delivery;

/// <summary>
/// A journey whose cards act when submitted. Their submit names the journey (<c>action</c>) and the card
/// (<see cref="CardProperty"/>), so a double click, a redelivery or a card used after the journey ended starts the
/// journey again, which acts on it once per operation id. While the journey itself waits for one of its cards, such a
/// submit is its answer rather than a request to start the journey again on top of itself.
/// </summary>
public abstract class ActingCardJourneyDialog(string dialogId, UserIntent intent) : JourneyDialog(dialogId, intent)
{
    /// <summary>The card data property naming which of the journey's cards was submitted (its template name).</summary>
    public const string CardProperty = "card";

    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext outerDc, object? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(outerDc);
        if (outerDc.Stack is [_, var beneath, ..] && beneath.Id == Id && SubmittedCard(outerDc.Context.Activity) is not null)
        {
            // The main dialog began this journey for a submit of its own card: hand it to the instance waiting beneath.
            outerDc.Stack.RemoveAt(0);
            return await outerDc.ContinueDialogAsync(cancellationToken);
        }

        return await base.BeginDialogAsync(outerDc, options, cancellationToken);
    }

    /// <summary>Which of this journey's cards the activity submits (its template name), if it is one.</summary>
    protected string? SubmittedCard(Activity activity) =>
        string.Equals(IntentRecognizer.CardAction(activity), Intent.ToString(), StringComparison.OrdinalIgnoreCase)
            ? SubmitString(activity, CardProperty)
            : null;
}
