using System.Globalization;
using System.Text.Json;
using BotRuntime.DirectLine;
using BotRuntime.State;
using Microsoft.Data.Sqlite;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using NodaTime;
using PlanningServicesBot.Data.BotState;
using PlanningServicesBot.Data.DirectLine;
using PlanningServicesBot.Data.Sqlite;
using PlanningServicesBot.Data.Sqlite.Migrations;
using PlanningServicesBot.Hosting;
using PlanningServicesBot.Localization;
using PlanningServicesBot.Tests.Support;

namespace PlanningServicesBot.Tests.Hosting;

public sealed class RetentionTests : IDisposable
{
    private static readonly Instant DemoMorning = Instant.FromUtc(2021, 5, 3, 9, 0);
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "psbot-tests", Guid.NewGuid().ToString("N"));
    private readonly SettableClock _clock = new(DemoMorning);
    private readonly TimerWatchingTimeProvider _time = new();
    private readonly SqliteStorage _storage;
    private readonly SqliteDirectLineStore _directLine;

    public RetentionTests()
    {
        Directory.CreateDirectory(_folder);
        var connections = new SqliteConnectionFactory($"Data Source={Path.Combine(_folder, "state.db")}");
        BotStateDatabase.Ensure(connections);
        _storage = new SqliteStorage(connections, _clock);
        var program = new SqliteConnectionFactory($"Data Source={Path.Combine(_folder, "program.db")}");
        new SqliteMigrator(program, _clock).Migrate();
        _directLine = new SqliteDirectLineStore(program, _time);
    }

    [Fact]
    public async Task TheFirstSweepComesAfterItsDelayAndTheNextEveryInterval()
    {
        using var service = Service(new RetentionOptions
        {
            BotStateDays = 90, DirectLineDays = 0, FirstSweepDelay = TimeSpan.FromMinutes(1), SweepInterval = TimeSpan.FromHours(6),
        });
        await WriteAsync("first");
        _clock.Now += Duration.FromDays(91);
        await WriteAsync("recent");
        await service.StartAsync(CancellationToken.None);
        await _time.TimerCreatedAsync(); // the first sweep's delay

        _time.Advance(TimeSpan.FromSeconds(59));
        Assert.Equal(["first", "recent"], await StoredAsync("first", "recent"));

        _time.Advance(TimeSpan.FromSeconds(1));
        await UntilAsync(async () => (await StoredAsync("first", "recent")).SequenceEqual(["recent"]));
        await _time.TimerCreatedAsync(); // the interval's

        _clock.Now += Duration.FromDays(91);
        _time.Advance(TimeSpan.FromHours(6) - TimeSpan.FromSeconds(1));
        Assert.Equal(["recent"], await StoredAsync("first", "recent"));
        _time.Advance(TimeSpan.FromSeconds(1));
        await UntilAsync(async () => (await StoredAsync("first", "recent")).Count == 0);
        await service.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task RetentionOfZeroDaysKeepsEverythingForEver()
    {
        using var service = Service(new RetentionOptions { BotStateDays = 0, DirectLineDays = 0, FirstSweepDelay = TimeSpan.Zero });
        await WriteAsync("old");
        await StartWebChatAsync("old web chat");
        _clock.Now += Duration.FromDays(10_000);
        _time.Advance(TimeSpan.FromDays(10_000));

        await service.StartAsync(CancellationToken.None);
        Assert.Equal((0, 0), await service.SweepAsync(CancellationToken.None));

        Assert.Equal(["old"], await StoredAsync("old"));
        Assert.NotNull(await _directLine.FindConversationAsync("old web chat", CancellationToken.None));
        Assert.True(service.ExecuteTask!.IsCompleted);
    }

    [Fact]
    public async Task WebChatConversationsWithNoActivityForTheirRetentionGoWithTheirLogs()
    {
        using var service = Service(new RetentionOptions { BotStateDays = 0, DirectLineDays = 30 });
        await StartWebChatAsync("quiet");
        await StartWebChatAsync("never said anything");
        await StartWebChatAsync("still talking");
        _time.Advance(TimeSpan.FromDays(20));
        await _directLine.AppendActivityAsync("still talking", sequence => $"{{\"text\":\"{sequence}\"}}", CancellationToken.None);
        _time.Advance(TimeSpan.FromDays(11));

        Assert.Equal((0, 2), await service.SweepAsync(CancellationToken.None));

        Assert.Null(await _directLine.FindConversationAsync("quiet", CancellationToken.None));
        Assert.Null(await _directLine.FindConversationAsync("never said anything", CancellationToken.None));
        Assert.Empty(await _directLine.ReadActivitiesAsync("quiet", 0, 100, CancellationToken.None));
        Assert.Equal(2, (await _directLine.FindConversationAsync("still talking", CancellationToken.None))!.LastSequence);
        Assert.Equal(2, (await _directLine.ReadActivitiesAsync("still talking", 0, 100, CancellationToken.None)).Count);
    }

    [Fact]
    public async Task ASweepDeletesManyWebChatConversationsInBatches()
    {
        using var service = Service(new RetentionOptions { BotStateDays = 0, DirectLineDays = 30 });
        for (var i = 0; i < 250; i++)
        {
            await StartWebChatAsync($"old-{i}");
        }

        _time.Advance(TimeSpan.FromDays(31));
        await StartWebChatAsync("new");

        Assert.Equal((0, 250), await service.SweepAsync(CancellationToken.None));
        Assert.NotNull(await _directLine.FindConversationAsync("new", CancellationToken.None));
    }

    [Theory]
    [InlineData("Retention:BotStateDays", "-1")]
    [InlineData("Retention:DirectLineDays", "-1")]
    [InlineData("Retention:SweepInterval", "00:00:00")]
    [InlineData("Retention:FirstSweepDelay", "-00:01:00")]
    public void TheHostRefusesToStartWithAnInvalidRetentionSetting(string key, string value)
    {
        using var app = new BotApplication(new Dictionary<string, string?> { [key] = value });

        var error = Assert.Throws<OptionsValidationException>(() => app.CreateClient());

        Assert.Contains("Retention settings are invalid", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheHostSweepsTheStateOfAConversationGoneQuietAndItStartsAfreshWhenItComesBack()
    {
        var text = new BotText();
        var culture = CultureInfo.GetCultureInfo("en-GB");
        using var app = new BotApplication().WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
            services.AddSingleton<IClock>(_clock)));
        var quiet = new BotConversation(app.CreateClient());
        var busy = new BotConversation(app.CreateClient(), userId: "user-2");
        Assert.Contains(await quiet.SayAsync("check a voucher"), a => a.Text == text.Get("Status.AskNumber", culture));
        _clock.Now += Duration.FromDays(91);
        Assert.Contains(await busy.SayAsync("check a voucher"), a => a.Text == text.Get("Status.AskNumber", culture));
        var storage = app.Services.GetRequiredService<SqliteStorage>();

        var (deleted, _) = await app.Services.GetServices<IHostedService>().OfType<RetentionService>().Single().SweepAsync(CancellationToken.None);

        Assert.Equal(2, deleted); // the quiet conversation's state and its user's
        Assert.Empty(await storage.ReadAsync([ConversationKey(quiet), "test/users/user-1"]));
        Assert.Single(await storage.ReadAsync([ConversationKey(busy)]));
        // The busy conversation still waits for the number; the quiet one no longer does.
        Assert.Contains(await busy.SayAsync("hello"), a => a.Text == text.Get("Status.AskNumberRetry", culture));
        var afresh = await quiet.SayAsync("hello");
        Assert.NotEmpty(afresh);
        Assert.DoesNotContain(afresh, a => a.Text == text.Get("Status.AskNumberRetry", culture));
    }

    public void Dispose()
    {
        _storage.Dispose();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // SQLite may still hold the file for a moment; the temp folder is cleaned by the OS.
        }
    }

    private static string ConversationKey(BotConversation conversation) => $"test/conversations/{conversation.ConversationId}";

    private RetentionService Service(RetentionOptions options) =>
        new(_storage, _directLine, _clock, Options.Create(options), _time, NullLogger<RetentionService>.Instance);

    private async Task StartWebChatAsync(string conversationId)
    {
        Assert.True(await _directLine.TryCreateConversationAsync(new DirectLineConversation(conversationId, "dl_user", _time.GetUtcNow()), CancellationToken.None));
        if (!conversationId.StartsWith("never", StringComparison.Ordinal))
        {
            await _directLine.AppendActivityAsync(conversationId, sequence => $"{{\"text\":\"{sequence}\"}}", CancellationToken.None);
        }
    }

    private Task WriteAsync(string key) =>
        _storage.WriteAsync(new Dictionary<string, StoreItem> { [key] = new(JsonSerializer.SerializeToElement(new { key }), null) });

    private async Task<List<string>> StoredAsync(params string[] keys)
    {
        // A storage of its own reads the file, not the writer's cache.
        using var reader = new SqliteStorage(new SqliteConnectionFactory($"Data Source={Path.Combine(_folder, "state.db")}"), _clock);
        return [.. (await reader.ReadAsync(keys)).Keys.Order(StringComparer.Ordinal)];
    }

    private static async Task UntilAsync(Func<Task<bool>> condition)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            if (await condition())
            {
                return;
            }

            await Task.Delay(50);
        }

        Assert.Fail("The sweep did not happen within 5 seconds.");
    }

    /// <summary>A fake clock that says when a timer is made, so a test advances time only once the service waits on it.</summary>
    private sealed class TimerWatchingTimeProvider : FakeTimeProvider
    {
        private readonly SemaphoreSlim _created = new(0);

        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
        {
            var timer = base.CreateTimer(callback, state, dueTime, period);
            _created.Release();
            return timer;
        }

        public async Task TimerCreatedAsync() =>
            Assert.True(await _created.WaitAsync(TimeSpan.FromSeconds(10)), "The service made no timer.");
    }

    private sealed class SettableClock(Instant now) : IClock
    {
        public Instant Now { get; set; } = now;

        public Instant GetCurrentInstant() => Now;
    }
}
