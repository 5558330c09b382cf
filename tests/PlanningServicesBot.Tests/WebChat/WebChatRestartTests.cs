using System.Net;

namespace PlanningServicesBot.Tests.WebChat;

public sealed class WebChatRestartTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "psbot-webchat-restart", Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task AfterARestartTheSameTokenServesTheSameConversationFromTheSameWatermark()
    {
        WebChatSession chat;
        List<string?> before;
        using (var first = new WebChatApp(folder: folder))
        {
            using var http = first.CreateHttpClient();
            chat = await WebChatSession.StartAsync(http);
            await chat.JoinAsync();
            await chat.SayAsync("check a voucher");
            before = (await chat.ReadAllAsync()).Select(a => a.Id).ToList();
        }

        using var second = new WebChatApp(folder: folder);
        using var secondHttp = second.CreateHttpClient();
        var resumed = new WebChatSession(secondHttp, chat.Token, chat.ConversationId);

        var after = (await resumed.ReadAllAsync()).Select(a => a.Id).ToList();
        var (reconnected, conversation) = await resumed.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{chat.ConversationId}");
        var newerOnly = await resumed.ReadAllAsync(watermark: before.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var answer = await resumed.SayAsync(Data.Demo.DemoVouchers.StatusCheck.Number);

        Assert.Equal(before, after);
        Assert.Equal(HttpStatusCode.OK, reconnected);
        Assert.EndsWith($"&watermark={before.Count}", (string?)conversation!["streamUrl"]);
        Assert.Empty(newerOnly);
        Assert.NotEmpty(answer);
        Assert.Equal($"{chat.ConversationId}|{before.Count + 1:D7}", answer[0].ReplyToId);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // SQLite may still hold the file for a moment; the temp folder is cleaned by the OS.
        }
    }
}
