using System.Text.Json;
using BotRuntime.Schema;
using Microsoft.AspNetCore.Http;

namespace BotRuntime;

/// <summary>A bot that dispatches each activity type to an overridable method, as the SDK's ActivityHandler does.</summary>
public class ActivityHandler : IBot
{
    public virtual async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var activity = turnContext.Activity;
        switch (activity.Type)
        {
            case ActivityTypes.Message:
                await OnMessageActivityAsync(turnContext, cancellationToken).ConfigureAwait(false);
                break;
            case ActivityTypes.ConversationUpdate:
                await OnConversationUpdateActivityAsync(turnContext, cancellationToken).ConfigureAwait(false);
                break;
            case ActivityTypes.MessageReaction:
                await OnMessageReactionActivityAsync(turnContext, cancellationToken).ConfigureAwait(false);
                break;
            case ActivityTypes.Event:
                await OnEventActivityAsync(turnContext, cancellationToken).ConfigureAwait(false);
                break;
            case ActivityTypes.Invoke:
                await OnInvokeTurnAsync(turnContext, cancellationToken).ConfigureAwait(false);
                break;
            case ActivityTypes.EndOfConversation:
                await OnEndOfConversationActivityAsync(turnContext, cancellationToken).ConfigureAwait(false);
                break;
            case ActivityTypes.Typing:
                await OnTypingActivityAsync(turnContext, cancellationToken).ConfigureAwait(false);
                break;
            case ActivityTypes.InstallationUpdate:
                await OnInstallationUpdateActivityAsync(turnContext, cancellationToken).ConfigureAwait(false);
                break;
            default:
                await OnUnrecognizedActivityTypeAsync(turnContext, cancellationToken).ConfigureAwait(false);
                break;
        }
    }

    protected virtual Task OnMessageActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken) => Task.CompletedTask;

    protected virtual Task OnConversationUpdateActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        var botId = activity.Recipient?.Id;
        if (activity.MembersAdded is { Count: > 0 } added && added.Any(m => m is not null && !string.Equals(m.Id, botId, StringComparison.Ordinal)))
        {
            return OnMembersAddedAsync(added, turnContext, cancellationToken);
        }

        if (activity.MembersRemoved is { Count: > 0 } removed && removed.Any(m => m is not null && !string.Equals(m.Id, botId, StringComparison.Ordinal)))
        {
            return OnMembersRemovedAsync(removed, turnContext, cancellationToken);
        }

        return Task.CompletedTask;
    }

    /// <summary>Members other than the bot joined; the list still includes the bot when it was added too.</summary>
    protected virtual Task OnMembersAddedAsync(IList<ChannelAccount> membersAdded, ITurnContext turnContext, CancellationToken cancellationToken) => Task.CompletedTask;

    protected virtual Task OnMembersRemovedAsync(IList<ChannelAccount> membersRemoved, ITurnContext turnContext, CancellationToken cancellationToken) => Task.CompletedTask;

    protected virtual async Task OnMessageReactionActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        if (turnContext.Activity.ReactionsAdded is { Count: > 0 } added)
        {
            await OnReactionsAddedAsync(added, turnContext, cancellationToken).ConfigureAwait(false);
        }

        if (turnContext.Activity.ReactionsRemoved is { Count: > 0 } removed)
        {
            await OnReactionsRemovedAsync(removed, turnContext, cancellationToken).ConfigureAwait(false);
        }
    }

    protected virtual Task OnReactionsAddedAsync(IList<MessageReaction> messageReactions, ITurnContext turnContext, CancellationToken cancellationToken) => Task.CompletedTask;

    protected virtual Task OnReactionsRemovedAsync(IList<MessageReaction> messageReactions, ITurnContext turnContext, CancellationToken cancellationToken) => Task.CompletedTask;

    protected virtual Task OnEventActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        turnContext.Activity.Name == ActivityEventNames.TokenResponse
            ? OnTokenResponseEventAsync(turnContext, cancellationToken)
            : OnEventAsync(turnContext, cancellationToken);

    protected virtual Task OnTokenResponseEventAsync(ITurnContext turnContext, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Any event other than a token response; unknown names are to be ignored.</summary>
    protected virtual Task OnEventAsync(ITurnContext turnContext, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Answers an invoke; the default answers 501 Not Implemented for every name except adaptiveCard/action.</summary>
    protected virtual Task<InvokeResponse> OnInvokeActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        if (turnContext.Activity.Name == "adaptiveCard/action")
        {
            return OnAdaptiveCardInvokeAsync(turnContext, turnContext.Activity.Value, cancellationToken);
        }

        throw new InvokeResponseException(StatusCodes.Status501NotImplemented);
    }

    /// <summary>An Action.Execute from a card (Universal Actions); <paramref name="invokeValue"/> is <c>{action:{type,verb,data}, trigger}</c>.</summary>
    protected virtual Task<InvokeResponse> OnAdaptiveCardInvokeAsync(ITurnContext turnContext, JsonElement? invokeValue, CancellationToken cancellationToken) =>
        throw new InvokeResponseException(StatusCodes.Status501NotImplemented);

    protected virtual Task OnEndOfConversationActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken) => Task.CompletedTask;

    protected virtual Task OnTypingActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken) => Task.CompletedTask;

    protected virtual Task OnInstallationUpdateActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken) => Task.CompletedTask;

    protected virtual Task OnUnrecognizedActivityTypeAsync(ITurnContext turnContext, CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task OnInvokeTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        InvokeResponse response;
        try
        {
            response = await OnInvokeActivityAsync(turnContext, cancellationToken).ConfigureAwait(false);
        }
        catch (InvokeResponseException exception)
        {
            response = exception.CreateInvokeResponse();
        }

        // A handler may already have sent its own invokeResponse activity.
        if (!turnContext.TurnState.ContainsKey(BotAdapter.InvokeResponseKey))
        {
            await turnContext.SendActivityAsync(
                new Activity { Type = ActivityTypes.InvokeResponse, Value = JsonSerializer.SerializeToElement(response, BotJson.Options) },
                cancellationToken).ConfigureAwait(false);
        }
    }
}
