using BotRuntime.Schema;

namespace BotRuntime.Tests;

public class TurnContextTests
{
    [Fact]
    public async Task RepliesAreAddressedFromTheInboundActivity()
    {
        var turn = CollectingAdapter.Turn();

        await turn.SendActivityAsync("hello");

        var reply = Assert.Single(((CollectingAdapter)turn.Adapter).Sent);
        Assert.Equal("bot", reply.From!.Id);
        Assert.Equal("user1", reply.Recipient!.Id);
        Assert.Equal("convo1", reply.Conversation!.Id);
        Assert.Equal("1", reply.ReplyToId);
        Assert.Equal("en-US", reply.Locale);
        Assert.Equal(InputHints.AcceptingInput, reply.InputHint);
        Assert.True(turn.Responded);
    }

    [Fact]
    public async Task OnSendHooksRunInOrderAndCanChangeTheReplies()
    {
        var turn = CollectingAdapter.Turn();
        var order = new List<string>();
        turn.OnSendActivities(async (_, activities, next) =>
        {
            order.Add("first");
            activities.Add(Activity.CreateTypingActivity());
            return await next();
        });
        turn.OnSendActivities((_, activities, next) =>
        {
            order.Add("second");
            activities[0].Text += "!";
            return next();
        });

        await turn.SendActivityAsync("hello");

        Assert.Equal(["first", "second"], order);
        var sent = ((CollectingAdapter)turn.Adapter).Sent;
        Assert.Equal("hello!", sent[0].Text);
        Assert.Equal(ActivityTypes.Typing, sent[1].Type);
    }

    [Fact]
    public async Task AHookThatDoesNotCallNextStopsTheSend()
    {
        var turn = CollectingAdapter.Turn();
        turn.OnSendActivities((_, _, _) => Task.FromResult(Array.Empty<ResourceResponse>()));

        await turn.SendActivityAsync("hello");

        Assert.Empty(((CollectingAdapter)turn.Adapter).Sent);
        Assert.False(turn.Responded);
    }

    [Fact]
    public async Task ATraceDoesNotCountAsAResponse()
    {
        var turn = CollectingAdapter.Turn();

        await turn.SendActivityAsync(Activity.CreateTraceActivity("debug"));

        Assert.False(turn.Responded);
    }

    [Fact]
    public async Task ChangingASentActivityObjectDoesNotChangeWhatWasSent()
    {
        var turn = CollectingAdapter.Turn();
        var activity = MessageFactory.Text("first");

        await turn.SendActivityAsync(activity);
        activity.Text = "changed";

        Assert.Equal("first", ((CollectingAdapter)turn.Adapter).Sent[0].Text);
    }

    [Fact]
    public async Task UpdateAndDeleteRunTheirHooks()
    {
        var turn = CollectingAdapter.Turn();
        var seen = new List<string>();
        turn.OnUpdateActivity((_, activity, next) =>
        {
            seen.Add("update " + activity.Id);
            return next();
        });
        turn.OnDeleteActivity((_, reference, next) =>
        {
            seen.Add("delete " + reference.ActivityId);
            return next();
        });

        await turn.UpdateActivityAsync(new Activity { Type = ActivityTypes.Message, Id = "a1", Text = "new" });
        await turn.DeleteActivityAsync("a2");

        Assert.Equal(["update a1", "delete a2"], seen);
    }
}
