using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using BotRuntime.Schema;

namespace BotRuntime.Testing;

// A fluent conversation script, as the SDK's TestFlow: Send(...).AssertReply(...)…StartTestAsync().
// Each assertion takes the next reply, waiting up to its timeout (3 s by default).
public sealed class TestFlow
{
    public const int DefaultTimeoutMilliseconds = 3000;

    private readonly TestAdapter adapter;
    private readonly BotCallbackHandler callback;
    private readonly IReadOnlyList<Func<CancellationToken, Task>> steps;

    public TestFlow(TestAdapter adapter, BotCallbackHandler callback)
        : this(adapter, callback, [])
    {
    }

    public TestFlow(TestAdapter adapter, IBot bot)
        : this(adapter, (bot ?? throw new ArgumentNullException(nameof(bot))).OnTurnAsync)
    {
    }

    private TestFlow(TestAdapter adapter, BotCallbackHandler callback, IReadOnlyList<Func<CancellationToken, Task>> steps)
    {
        ArgumentNullException.ThrowIfNull(adapter);
        ArgumentNullException.ThrowIfNull(callback);
        this.adapter = adapter;
        this.callback = callback;
        this.steps = steps;
    }

    public TestFlow Send(string text) => Then(ct => adapter.SendTextToBotAsync(text, callback, ct));

    public TestFlow Send(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return Then(ct => adapter.ProcessActivityAsync(activity.Clone(), callback, ct));
    }

    // A card submit as Web Chat sends it: a message with `value`, no text, and channelData.postBack.
    public TestFlow SendValue(object value) => Then(ct => adapter.ProcessActivityAsync(CardSubmit(adapter, value), callback, ct));

    public TestFlow SendConversationUpdate() => Then(ct =>
    {
        var update = adapter.MakeActivity();
        update.Type = ActivityTypes.ConversationUpdate;
        update.MembersAdded = [adapter.Conversation.User!];
        return adapter.ProcessActivityAsync(update, callback, ct);
    });

    public TestFlow Delay(TimeSpan delay) => Then(ct => Task.Delay(delay, ct));

    // The next reply is a message whose trimmed text is `expected`.
    public TestFlow AssertReply(string expected, string? description = null, int timeoutMilliseconds = DefaultTimeoutMilliseconds) =>
        AssertNext(
            reply => reply.IsType(ActivityTypes.Message) && string.Equals(reply.Text?.Trim(), expected.Trim(), StringComparison.Ordinal),
            description ?? $"a message \"{expected}\"",
            timeoutMilliseconds);

    // The next reply passes `validate`, which throws when it does not.
    public TestFlow AssertReply(Action<Activity> validate, string? description = null, int timeoutMilliseconds = DefaultTimeoutMilliseconds)
    {
        ArgumentNullException.ThrowIfNull(validate);
        return Then(async ct =>
        {
            var reply = await NextReplyAsync(description ?? "a reply", timeoutMilliseconds, ct).ConfigureAwait(false);
            validate(reply);
        });
    }

    public TestFlow AssertReply(Func<Activity, bool> predicate, string? description = null, int timeoutMilliseconds = DefaultTimeoutMilliseconds) =>
        AssertNext(predicate, description ?? "a reply matching the predicate", timeoutMilliseconds);

    public TestFlow AssertReplyContains(string expected, int timeoutMilliseconds = DefaultTimeoutMilliseconds) =>
        AssertNext(reply => reply.Text?.Contains(expected, StringComparison.Ordinal) == true, $"a reply containing \"{expected}\"", timeoutMilliseconds);

    public TestFlow AssertReplyOneOf(params string[] candidates) =>
        AssertNext(reply => candidates.Contains(reply.Text?.Trim(), StringComparer.Ordinal), $"one of \"{string.Join("\", \"", candidates)}\"", DefaultTimeoutMilliseconds);

    // The next reply carries an Adaptive Card for which `predicate` holds.
    public TestFlow AssertCard(Func<JsonObject, bool> predicate, string? description = null, int timeoutMilliseconds = DefaultTimeoutMilliseconds)
    {
        ArgumentNullException.ThrowIfNull(predicate);
        return AssertNext(reply => AdaptiveCards(reply).Any(predicate), description ?? "an Adaptive Card matching the predicate", timeoutMilliseconds);
    }

    // The next reply offers exactly these suggested actions, in this order.
    public TestFlow AssertSuggestedActions(params string[] titles) =>
        AssertNext(
            reply => (reply.SuggestedActions?.Actions ?? []).Select(a => a.Title).SequenceEqual(titles),
            $"suggested actions {{{string.Join(" | ", titles)}}}",
            DefaultTimeoutMilliseconds);

    public TestFlow AssertNoReply(int timeoutMilliseconds = 50) => Then(async ct =>
    {
        var reply = await adapter.GetNextReplyAsync(TimeSpan.FromMilliseconds(timeoutMilliseconds), ct).ConfigureAwait(false);
        if (reply is not null)
        {
            throw Failure("no reply", reply);
        }
    });

    public TestFlow Test(string userSays, string expected) => Send(userSays).AssertReply(expected);

    public async Task StartTestAsync(CancellationToken cancellationToken = default)
    {
        foreach (var step in steps)
        {
            await step(cancellationToken).ConfigureAwait(false);
        }
    }

    // The Adaptive Cards attached to an activity, as JSON objects.
    public static IEnumerable<JsonObject> AdaptiveCards(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return (activity.Attachments ?? [])
            .Where(a => a.ContentType == AttachmentContentTypes.AdaptiveCard && a.Content is { ValueKind: JsonValueKind.Object })
            .Select(a => JsonNode.Parse(a.Content!.Value.GetRawText())!.AsObject());
    }

    internal static Activity CardSubmit(TestAdapter adapter, object value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var submit = adapter.MakeActivity();
        submit.Value = value is JsonElement element ? element.Clone() : JsonSerializer.SerializeToElement(value, value.GetType(), BotJson.Options);
        submit.ChannelData = JsonSerializer.SerializeToElement(new { postBack = true }, BotJson.Options);
        return submit;
    }

    private TestFlow AssertNext(Func<Activity, bool> predicate, string description, int timeoutMilliseconds)
    {
        ArgumentNullException.ThrowIfNull(predicate);
        return Then(async ct =>
        {
            var reply = await NextReplyAsync(description, timeoutMilliseconds, ct).ConfigureAwait(false);
            if (!predicate(reply))
            {
                throw Failure(description, reply);
            }
        });
    }

    private async Task<Activity> NextReplyAsync(string description, int timeoutMilliseconds, CancellationToken cancellationToken) =>
        await adapter.GetNextReplyAsync(TimeSpan.FromMilliseconds(timeoutMilliseconds), cancellationToken).ConfigureAwait(false)
        ?? throw Failure(description, null, timeoutMilliseconds);

    private TestFlowAssertionException Failure(string expected, Activity? actual, int? waitedMilliseconds = null)
    {
        var got = actual is null
            ? $"no reply within {waitedMilliseconds?.ToString(CultureInfo.InvariantCulture)} ms"
            : TranscriptLine.Describe(actual, "bot");
        var transcript = string.Join(Environment.NewLine, adapter.Transcript.TakeLast(12).Select(a => "  " + TranscriptLine.Describe(a, a.From?.Role)));
        return new TestFlowAssertionException($"Expected {expected}, got {got}.{Environment.NewLine}Transcript (latest last):{Environment.NewLine}{transcript}");
    }

    private TestFlow Then(Func<CancellationToken, Task> step) => new(adapter, callback, [.. steps, step]);
}
