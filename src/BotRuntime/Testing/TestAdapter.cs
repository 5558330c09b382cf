using System.Globalization;
using System.Text.Json;
using BotRuntime.Schema;

namespace BotRuntime.Testing;

// An in-memory channel for tests, with the SDK TestAdapter's defaults: channel "test", user "user1", bot "bot",
// conversation "convo1", locale "en-us". Incoming activities get sequential ids "0", "1", …; the bot's replies
// get unique ids and wait in a queue for GetNextReply.
public class TestAdapter : BotAdapter
{
    private readonly Lock gate = new();
    private readonly List<Activity> replies = [];
    private readonly List<Activity> transcript = [];
    private TaskCompletionSource replyArrived = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int nextId;

    public TestAdapter(string channelId = Channels.Test)
        : this(CreateConversation("Conversation1", channelId: channelId))
    {
    }

    public TestAdapter(ConversationReference conversation)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        Conversation = conversation;
        Locale = conversation.Locale ?? "en-us";
    }

    public ConversationReference Conversation { get; }

    // Stamped on incoming activities that carry none.
    public string? Locale { get; set; }

    public string? LocalTimezone { get; set; }

    // Source of incoming timestamps.
    public TimeProvider Clock { get; set; } = TimeProvider.System;

    // Trace activities are dropped unless this is set, as in the SDK.
    public bool SendTraceActivities { get; set; }

    // Receives one line per activity in or out (e.g. ITestOutputHelper.WriteLine).
    public Action<string>? Log { get; set; }

    public IReadOnlyList<Activity> Transcript
    {
        get
        {
            lock (gate)
            {
                return transcript.ToList();
            }
        }
    }

    public static ConversationReference CreateConversation(string name, string user = "User1", string bot = "Bot", string channelId = Channels.Test) => new()
    {
        ChannelId = channelId,
        ServiceUrl = "https://test.com",
        Conversation = new ConversationAccount(name == "Conversation1" ? "convo1" : name, name, false),
        User = new ChannelAccount(user.ToLowerInvariant(), user, RoleTypes.User),
        Bot = new ChannelAccount(bot.ToLowerInvariant(), bot, RoleTypes.Bot),
        Locale = "en-us",
    };

    public new TestAdapter Use(IMiddleware middleware)
    {
        base.Use(middleware);
        return this;
    }

    public Activity MakeActivity(string? text = null) => new()
    {
        Type = ActivityTypes.Message,
        From = Conversation.User,
        Recipient = Conversation.Bot,
        Conversation = Conversation.Conversation,
        ServiceUrl = Conversation.ServiceUrl,
        ChannelId = Conversation.ChannelId,
        Locale = Locale,
        Text = text,
    };

    // Completes the activity from the conversation reference and runs a turn; returns the invoke response of an invoke.
    public async Task<InvokeResponse?> ProcessActivityAsync(Activity activity, BotCallbackHandler callback, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(callback);
        Complete(activity);
        Record(activity, "user");
        var context = new TurnContext(this, activity);
        await RunPipelineAsync(context, callback, cancellationToken).ConfigureAwait(false);
        return context.TurnState.TryGetValue(InvokeResponseKey, out var response) && response is Activity { Value: { } value }
            ? value.Deserialize<InvokeResponse>(BotJson.Options)
            : null;
    }

    public Task SendTextToBotAsync(string text, BotCallbackHandler callback, CancellationToken cancellationToken = default) =>
        ProcessActivityAsync(MakeActivity(text), callback, cancellationToken);

    public Activity? GetNextReply()
    {
        lock (gate)
        {
            if (replies.Count == 0)
            {
                return null;
            }

            var reply = replies[0];
            replies.RemoveAt(0);
            return reply;
        }
    }

    public async Task<Activity?> GetNextReplyAsync(TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        using var timer = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timer.CancelAfter(timeout);
        while (true)
        {
            Task arrived;
            lock (gate)
            {
                if (replies.Count > 0)
                {
                    var reply = replies[0];
                    replies.RemoveAt(0);
                    return reply;
                }

                arrived = replyArrived.Task;
            }

            try
            {
                await arrived.WaitAsync(timer.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                return GetNextReply();
            }
        }
    }

    public override async Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, Activity[] activities, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(activities);
        var responses = new List<ResourceResponse>(activities.Length);
        foreach (var activity in activities)
        {
            if (activity.IsType(ActivityTypes.Delay))
            {
                var milliseconds = activity.Value is { ValueKind: JsonValueKind.Number } value ? value.GetInt32() : 0;
                await Task.Delay(milliseconds, cancellationToken).ConfigureAwait(false);
                responses.Add(new ResourceResponse(string.Empty));
                continue;
            }

            if (activity.IsType(ActivityTypes.InvokeResponse))
            {
                turnContext.TurnState[InvokeResponseKey] = activity;
                responses.Add(new ResourceResponse(string.Empty));
                continue;
            }

            activity.Id ??= Guid.NewGuid().ToString("N");
            activity.Timestamp ??= Clock.GetUtcNow();
            responses.Add(new ResourceResponse(activity.Id));
            if (activity.IsType(ActivityTypes.Trace) && !SendTraceActivities)
            {
                continue;
            }

            Record(activity, "bot");
            lock (gate)
            {
                replies.Add(activity);
                var arrived = replyArrived;
                replyArrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                arrived.SetResult();
            }
        }

        return [.. responses];
    }

    public override Task<ResourceResponse> UpdateActivityAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        lock (gate)
        {
            var index = replies.FindIndex(r => r.Id == activity.Id);
            if (index >= 0)
            {
                replies[index] = activity;
            }
        }

        return Task.FromResult(new ResourceResponse(activity.Id));
    }

    public override Task DeleteActivityAsync(ITurnContext turnContext, ConversationReference reference, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        lock (gate)
        {
            replies.RemoveAll(r => r.Id == reference.ActivityId);
        }

        return Task.CompletedTask;
    }

    private void Complete(Activity activity)
    {
        activity.Type ??= ActivityTypes.Message;
        activity.ChannelId ??= Conversation.ChannelId;
        activity.ServiceUrl ??= Conversation.ServiceUrl;
        activity.Conversation ??= Conversation.Conversation;
        activity.From ??= Conversation.User;
        activity.Recipient ??= Conversation.Bot;
        activity.Locale ??= Locale;
        activity.LocalTimezone ??= LocalTimezone;
        activity.Id ??= NextId();
        var now = Clock.GetUtcNow();
        activity.Timestamp ??= now;
        activity.LocalTimestamp ??= LocalTimezone is { } zoneId && TimeZoneInfo.TryFindSystemTimeZoneById(zoneId, out var zone)
            ? TimeZoneInfo.ConvertTime(now, zone)
            : now.ToOffset(Clock.LocalTimeZone.GetUtcOffset(now));
    }

    private string NextId() => (Interlocked.Increment(ref nextId) - 1).ToString(CultureInfo.InvariantCulture);

    private void Record(Activity activity, string who)
    {
        lock (gate)
        {
            transcript.Add(activity);
        }

        Log?.Invoke(TranscriptLine.Describe(activity, who));
    }
}
