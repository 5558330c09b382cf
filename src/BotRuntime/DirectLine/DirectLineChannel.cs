using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.RateLimiting;
using BotRuntime.Adapters;
using BotRuntime.Schema;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BotRuntime.DirectLine;

/// <summary>
/// The embedded Direct Line 3.0 channel: conversations, tokens and the activity log, with every posted activity run
/// in-process as a turn of the <see cref="CloudAdapter"/> (channelId <c>directline</c>) and the bot's replies logged
/// for the client to poll or stream.
/// </summary>
public sealed class DirectLineChannel : IDisposable
{
    /// <summary>The serviceUrl of every activity this channel hands the bot: its replies never leave the process.</summary>
    public const string ServiceUrl = "urn:botruntime:directline";

    private const int MaxLocaleLength = 64;

    private readonly DirectLineConversationLog log;
    private readonly DirectLineTokenAuthority tokens;
    private readonly CloudAdapter adapter;
    private readonly DirectLineReplyDelivery delivery;
    private readonly DirectLineOptions options;
    private readonly TimeProvider time;
    private readonly CancellationToken stopping;
    private readonly ILogger<DirectLineChannel> logger;
    private readonly PartitionedRateLimiter<string> postLimiter;

    internal DirectLineChannel(
        DirectLineConversationLog log,
        DirectLineTokenAuthority tokens,
        CloudAdapter adapter,
        DirectLineReplyDelivery delivery,
        IOptions<DirectLineOptions> options,
        TimeProvider time,
        IHostApplicationLifetime lifetime,
        ILogger<DirectLineChannel> logger)
    {
        this.log = log;
        this.tokens = tokens;
        this.adapter = adapter;
        this.delivery = delivery;
        this.options = options.Value;
        this.time = time;
        this.logger = logger;
        stopping = lifetime.ApplicationStopping;
        var perMinute = this.options.MaxActivitiesPerMinute;
        postLimiter = PartitionedRateLimiter.Create<string, string>(conversationId => RateLimitPartition.GetFixedWindowLimiter(
            conversationId,
            _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
    }

    public ChannelAccount BotAccount => new(options.BotId, options.BotName, RoleTypes.Bot);

    /// <summary>
    /// A token for a new conversation of <paramref name="user"/> (what <c>POST /tokens/generate</c> answers); the
    /// conversation starts when the client first connects with it. Only the app decides who the user is: a directory
    /// identity given here reaches the bot on every activity the token posts.
    /// </summary>
    public async Task<DirectLineConversationResponse> GenerateTokenAsync(DirectLineUser user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        ValidateUserId(user.Id);
        var conversationId = DirectLineIds.NewConversationId();
        return new DirectLineConversationResponse
        {
            ConversationId = conversationId,
            Token = await tokens.IssueAsync(conversationId, user, cancellationToken).ConfigureAwait(false),
            ExpiresIn = (int)tokens.Lifetime.TotalSeconds,
        };
    }

    internal async Task<DirectLineConversationResponse> RefreshTokenAsync(DirectLineToken token, CancellationToken cancellationToken) => new()
    {
        ConversationId = token.ConversationId,
        Token = await tokens.IssueAsync(token.ConversationId, token.User, cancellationToken).ConfigureAwait(false),
        ExpiresIn = (int)tokens.Lifetime.TotalSeconds,
    };

    /// <summary>
    /// Starts the token's conversation (or, for a secret holder, a new one) and tells the bot with a conversationUpdate
    /// adding the bot; a conversation that exists already is resumed, streaming only what is logged from now on.
    /// </summary>
    internal async Task<DirectLineConnection> StartConversationAsync(
        DirectLineCaller caller, DirectLineRequestBody? body, BotCallbackHandler bot, CancellationToken cancellationToken)
    {
        var locale = body?.Locale;
        if (locale is { Length: > MaxLocaleLength })
        {
            throw BadArgument("locale is too long.");
        }

        DirectLineUser user;
        string conversationId;
        if (caller.Token is { } token)
        {
            (conversationId, user) = (token.ConversationId, token.User);
        }
        else
        {
            var requested = body?.User;
            user = string.IsNullOrEmpty(requested?.Id) ? DirectLineUser.Anonymous() : new DirectLineUser(requested.Id, requested.Name);
            ValidateUserId(user.Id);
            conversationId = DirectLineIds.NewConversationId();
        }

        var now = time.GetUtcNow();
        var created = await log.Store.TryCreateConversationAsync(new DirectLineConversation(conversationId, user.Id, now), cancellationToken).ConfigureAwait(false);
        var watermark = 0L;
        if (created)
        {
            await RunStartTurnAsync(conversationId, user, locale, bot).ConfigureAwait(false);
        }
        else
        {
            watermark = (await log.Store.FindConversationAsync(conversationId, cancellationToken).ConfigureAwait(false))?.LastSequence ?? 0;
        }

        var (issued, expiresIn) = await CredentialForAsync(caller, conversationId, user, cancellationToken).ConfigureAwait(false);
        return new DirectLineConnection(conversationId, issued, expiresIn, watermark, created);
    }

    /// <summary>A fresh stream URL for a started conversation, replaying from <paramref name="watermark"/> (or only new activities).</summary>
    internal async Task<DirectLineConnection> ReconnectAsync(DirectLineCaller caller, string conversationId, string? watermark, CancellationToken cancellationToken)
    {
        caller.EnsureMayAccess(conversationId);
        var conversation = await FindAsync(conversationId, cancellationToken).ConfigureAwait(false);
        var from = string.IsNullOrEmpty(watermark) ? conversation.LastSequence : ParseWatermark(watermark);
        var (issued, expiresIn) = await CredentialForAsync(caller, conversationId, new DirectLineUser(conversation.UserId), cancellationToken).ConfigureAwait(false);
        return new DirectLineConnection(conversationId, issued, expiresIn, from, Created: false);
    }

    /// <summary>The ActivitySet after <paramref name="watermark"/>: at most <see cref="DirectLineOptions.MaxActivitiesPerRead"/> activities.</summary>
    internal async Task<byte[]> ReadActivitiesAsync(DirectLineCaller caller, string conversationId, string? watermark, CancellationToken cancellationToken)
    {
        caller.EnsureMayAccess(conversationId);
        var after = ParseWatermark(watermark);
        await FindAsync(conversationId, cancellationToken).ConfigureAwait(false);
        var entries = await log.ReadAsync(conversationId, after, options.MaxActivitiesPerRead, cancellationToken).ConfigureAwait(false);
        return DirectLineActivitySet.Write(entries.Select(e => e.ActivityJson), entries.Count > 0 ? entries[^1].Sequence : after);
    }

    /// <summary>
    /// Logs the client's activity as its user (the token decides who that is) and runs it as a turn; answers once the
    /// bot has, as Azure does. Typing is pushed to open streams and never logged.
    /// </summary>
    /// <returns>The id the activity was logged under.</returns>
    internal async Task<string> PostActivityAsync(
        DirectLineCaller caller, string conversationId, Activity activity, BotCallbackHandler bot, CancellationToken cancellationToken)
    {
        caller.EnsureMayAccess(conversationId);
        if (string.IsNullOrWhiteSpace(activity.Type))
        {
            throw new DirectLineRequestException(StatusCodes.Status400BadRequest, DirectLineErrorCodes.MissingProperty, "The activity has no type.");
        }

        if (activity.IsType(ActivityTypes.Delay) || activity.IsType(ActivityTypes.InvokeResponse) || activity.IsType(ActivityTypes.Trace))
        {
            throw BadArgument($"Clients cannot send '{activity.Type}' activities.");
        }

        var user = UserOf(caller, activity);
        await FindAsync(conversationId, cancellationToken).ConfigureAwait(false);
        using (var lease = postLimiter.AttemptAcquire(conversationId))
        {
            if (!lease.IsAcquired)
            {
                lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter);
                throw new DirectLineRequestException(
                    StatusCodes.Status429TooManyRequests,
                    DirectLineErrorCodes.TooManyRequests,
                    $"This conversation may post {options.MaxActivitiesPerMinute} activities a minute.",
                    retryAfter > TimeSpan.Zero ? retryAfter : TimeSpan.FromMinutes(1));
            }
        }

        Stamp(activity, conversationId, user);
        string id;
        if (activity.IsType(ActivityTypes.Typing))
        {
            log.Push(conversationId, activity);
            id = "typing-" + DirectLineIds.NewRandom();
        }
        else if (activity.IsType(ActivityTypes.ConversationUpdate))
        {
            // Never delivered to clients, so never logged; the bot still hears of it, as through Azure.
            id = "update-" + DirectLineIds.NewRandom();
        }
        else
        {
            id = await log.AppendAsync(conversationId, activity, cancellationToken).ConfigureAwait(false);
        }

        activity.Id = id;
        try
        {
            // The turn outlives a client that stops waiting: its replies are logged for the next poll or stream.
            await adapter.ProcessActivityAsync(activity, bot, delivery, stopping).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !stopping.IsCancellationRequested)
        {
            logger.LogError(exception, "The bot failed activity {ActivityId} of Direct Line conversation {ConversationId}.", id, conversationId);
            throw new DirectLineRequestException(StatusCodes.Status502BadGateway, DirectLineErrorCodes.BotRejectedActivity, "The bot failed to process the activity.");
        }

        return id;
    }

    internal async Task<DirectLineConversation> FindAsync(string conversationId, CancellationToken cancellationToken) =>
        await log.Store.FindConversationAsync(conversationId, cancellationToken).ConfigureAwait(false)
        ?? throw new DirectLineRequestException(StatusCodes.Status404NotFound, DirectLineErrorCodes.NotFound, "The conversation does not exist (or has not been started).");

    internal static long ParseWatermark(string? watermark) =>
        DirectLineIds.TryParseWatermark(watermark, out var sequence)
            ? sequence
            : throw BadArgument("The watermark is not one this channel issued.");

    public void Dispose() => postLimiter.Dispose();

    private static DirectLineRequestException BadArgument(string message) =>
        new(StatusCodes.Status400BadRequest, DirectLineErrorCodes.BadArgument, message);

    private static void ValidateUserId(string id)
    {
        if (string.IsNullOrWhiteSpace(id) || id.Length > DirectLineUser.MaxIdLength)
        {
            throw BadArgument($"user.id must be 1 to {DirectLineUser.MaxIdLength} characters.");
        }
    }

    private static DirectLineUser UserOf(DirectLineCaller caller, Activity activity)
    {
        if (caller.Token is { } token)
        {
            return token.User with { Name = token.User.Name ?? activity.From?.Name };
        }

        if (string.IsNullOrWhiteSpace(activity.From?.Id))
        {
            throw new DirectLineRequestException(StatusCodes.Status400BadRequest, DirectLineErrorCodes.MissingProperty, "The activity has no from.id.");
        }

        ValidateUserId(activity.From.Id);
        return new DirectLineUser(activity.From.Id, activity.From.Name);
    }

    private static JsonElement? ChannelDataFor(JsonElement? posted, DirectLineUser user)
    {
        if (posted is not { ValueKind: JsonValueKind.Object } && !user.HasDirectoryIdentity)
        {
            return posted;
        }

        var data = posted is { ValueKind: JsonValueKind.Object } value ? JsonObject.Create(value)! : new JsonObject();
        // Only the token vouches for a tenant; whatever the client wrote there is dropped.
        data.Remove("tenant");
        if (user.HasDirectoryIdentity)
        {
            data["tenant"] = new JsonObject { ["id"] = user.TenantId };
        }

        return JsonSerializer.SerializeToElement(data, BotJson.Options);
    }

    private async Task<(string Token, TimeSpan ExpiresIn)> CredentialForAsync(
        DirectLineCaller caller, string conversationId, DirectLineUser user, CancellationToken cancellationToken)
    {
        if (caller is { Token: { } token, PresentedToken: { } presented })
        {
            return (presented, token.ExpiresAt - time.GetUtcNow());
        }

        return (await tokens.IssueAsync(conversationId, user, cancellationToken).ConfigureAwait(false), tokens.Lifetime);
    }

    private ChannelAccount UserAccount(DirectLineUser user) => new(user.Id, user.Name, RoleTypes.User)
    {
        AadObjectId = user.HasDirectoryIdentity ? user.AadObjectId : null,
    };

    /// <summary>Addresses a client's activity as the channel vouches for it: its user, this conversation, the bot, server time.</summary>
    private void Stamp(Activity activity, string conversationId, DirectLineUser user)
    {
        activity.Id = null;
        activity.ChannelId = Channels.DirectLine;
        activity.ServiceUrl = ServiceUrl;
        activity.CallerId = null;
        activity.DeliveryMode = null;
        activity.Timestamp = time.GetUtcNow();
        activity.From = UserAccount(user);
        activity.Recipient = BotAccount;
        activity.Conversation = new ConversationAccount(conversationId);
        activity.ChannelData = ChannelDataFor(activity.ChannelData, user);
    }

    private async Task RunStartTurnAsync(string conversationId, DirectLineUser user, string? locale, BotCallbackHandler bot)
    {
        var update = new Activity
        {
            Type = ActivityTypes.ConversationUpdate,
            MembersAdded = [BotAccount],
            Locale = locale,
        };
        Stamp(update, conversationId, user);
        try
        {
            await adapter.ProcessActivityAsync(update, bot, delivery, stopping).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !stopping.IsCancellationRequested)
        {
            // The conversation exists either way; the client can still talk to the bot.
            logger.LogError(exception, "The bot failed the conversationUpdate starting Direct Line conversation {ConversationId}.", conversationId);
        }
    }
}
