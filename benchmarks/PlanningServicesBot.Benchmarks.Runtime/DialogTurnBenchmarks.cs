using BenchmarkDotNet.Attributes;
using BotRuntime;
using BotRuntime.Adapters;
using BotRuntime.Dialogs;
using BotRuntime.Hosting;
using BotRuntime.Schema;
using BotRuntime.State;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace PlanningServicesBot.Benchmarks.Runtime;

/// <summary>
/// One dialog turn through the production adapter (CloudAdapter) as /api/messages runs it with expectReplies:
/// conversation lock, conversation and user state loaded and saved with ETags in MemoryStorage, the dialog stack
/// continued, replies buffered and returned. No HTTP and no database: the runtime's own cost per turn.
/// </summary>
[MemoryDiagnoser]
public class DialogTurnBenchmarks
{
    private CloudAdapter _adapter = null!;
    private BotCallbackHandler _bot = null!;
    private int _turn;

    [GlobalSetup]
    public void StartConversationAtThePrompt()
    {
        var storage = new MemoryStorage();
        var conversationState = new ConversationState(storage);
        var userState = new UserState(storage);
        _adapter = new CloudAdapter(
            new NoChannelDelivery(),
            new BotStateSet(conversationState, userState),
            new NeutralTurnErrorReply(),
            Options.Create(new BotRuntimeOptions()),
            NullLogger<CloudAdapter>.Instance,
            conversationState: conversationState);
        var dialog = new VoucherNumberLoopDialog();
        var dialogState = conversationState.CreateProperty<DialogState>("dialogState");
        _bot = (turnContext, cancellationToken) => dialog.RunAsync(turnContext, dialogState, cancellationToken);

        Expect(RunTurn("check a voucher"), 1, "the first turn only asks for the number");
        Expect(AnswerThePrompt(), 2, "an answer is acknowledged and the number asked again");
    }

    [Benchmark]
    public int AnswerThePrompt() => RunTurn("4QZL-7WNB-HX2E");

    private static void Expect(int replies, int expected, string because)
    {
        if (replies != expected)
        {
            throw new InvalidOperationException($"Expected {expected} replies because {because}; the turn sent {replies}.");
        }
    }

    /// <returns>How many replies the turn sent.</returns>
    private int RunTurn(string text)
    {
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            Id = $"activity-{_turn++}",
            Timestamp = DateTimeOffset.UtcNow,
            ChannelId = Channels.DirectLine,
            ServiceUrl = "http://127.0.0.1:9",
            From = new ChannelAccount("customer-1", "Customer", RoleTypes.User),
            Recipient = new ChannelAccount("planning-services-bot", "Planning Services", RoleTypes.Bot),
            Conversation = new ConversationAccount("benchmark-conversation"),
            Locale = "en-US",
            Text = text,
            DeliveryMode = DeliveryModes.ExpectReplies,
        };
        var response = _adapter.ProcessActivityAsync(activity, _bot).GetAwaiter().GetResult();
        return response?.Body is { } body && body.TryGetProperty("activities", out var replies)
            ? replies.GetArrayLength()
            : throw new InvalidOperationException($"An expectReplies turn answered {response?.Body?.GetRawText() ?? "nothing"}.");
    }
}
