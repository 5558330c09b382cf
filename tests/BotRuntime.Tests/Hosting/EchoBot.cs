using System.Text.Json;
using BotRuntime.Schema;
using BotRuntime.State;

namespace BotRuntime.Tests.Hosting;

/// <summary>A small bot for endpoint tests: echoes text, counts turns in conversation state, answers a few invokes, fails on "fail".</summary>
public sealed class EchoBot(ConversationState conversationState) : ActivityHandler
{
    protected override async Task OnMessageActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var turns = conversationState.CreateProperty<int>("turns");
        var count = await turns.GetAsync(turnContext, () => 0, cancellationToken) + 1;
        await turns.SetAsync(turnContext, count, cancellationToken);
        if (turnContext.Activity.Text == "fail")
        {
            throw new InvalidOperationException("The bot failed on purpose.");
        }

        await turnContext.SendActivityAsync($"echo: {turnContext.Activity.Text} ({count})", cancellationToken: cancellationToken);
    }

    protected override Task OnMembersAddedAsync(IList<ChannelAccount> membersAdded, ITurnContext turnContext, CancellationToken cancellationToken) =>
        turnContext.SendActivityAsync("welcome", cancellationToken: cancellationToken);

    protected override Task<InvokeResponse> OnInvokeActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        turnContext.Activity.Name switch
        {
            "test/echo" => Task.FromResult(InvokeResponse.Create(200, new { echoed = turnContext.Activity.Value })),
            "test/accepted" => Task.FromResult(new InvokeResponse(202)),
            _ => base.OnInvokeActivityAsync(turnContext, cancellationToken),
        };

    public static JsonElement Json(object value) => JsonSerializer.SerializeToElement(value, BotJson.Options);
}
