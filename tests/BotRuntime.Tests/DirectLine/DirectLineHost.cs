using BotRuntime.DirectLine;
using BotRuntime.Hosting;
using BotRuntime.Tests.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace BotRuntime.Tests.DirectLine;

/// <summary>The runtime with the embedded Direct Line channel, as an app wires it, on Kestrel at 127.0.0.1.</summary>
public sealed class DirectLineHost : IAsyncDisposable
{
    public const string Secret = "test-secret-0123456789abcdef";

    private readonly LocalHttpServer server;

    private DirectLineHost(LocalHttpServer server, RecordingBot bot)
    {
        this.server = server;
        Bot = bot;
    }

    public RecordingBot Bot { get; }

    public Uri BaseAddress => server.BaseAddress;

    public IServiceProvider Services => server.Services;

    public static async Task<DirectLineHost> StartAsync(IDictionary<string, string?>? settings = null, TimeProvider? time = null)
    {
        var configuration = new Dictionary<string, string?>
        {
            ["DirectLine:Secrets:0"] = Secret,
            ["DirectLine:BotId"] = "test-bot",
            ["DirectLine:BotName"] = "Test bot",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            configuration[key] = value;
        }

        var bot = new RecordingBot();
        var server = await LocalHttpServer.StartAsync(
            app =>
            {
                app.UseWebSockets();
                app.MapDirectLine();
            },
            configuration,
            (services, config) =>
            {
                services.AddBotRuntime(config);
                services.AddSingleton<IBot>(bot);
                services.AddDirectLine(config);
                if (time is not null)
                {
                    services.AddSingleton(time);
                }
            });
        return new DirectLineHost(server, bot);
    }

    public DirectLineClient CreateClient(string? credential = null) => new(server.CreateClient(), credential);

    public ValueTask DisposeAsync() => server.DisposeAsync();
}
