using BotRuntime;
using BotRuntime.Hosting;
using BotRuntime.Schema;
using BotRuntime.State;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using PlanningServicesBot.Data.BotState;
using PlanningServicesBot.Data.Sqlite;
using PlanningServicesBot.Data.Support;

namespace PlanningServicesBot.LoadDriver;

/// <summary>
/// The runtime's floor: the bot's runtime as the host wires it (BotRuntime's /api/messages, the adapter, conversation
/// state in SQLite through <see cref="SqliteStorage"/>, saved at the end of every turn) around a bot that only keeps the
/// conversation's last lines, as the real bot's transcript middleware does, and says back what it was told. Run by the
/// driver in a child process like the echo, it shows what the runtime and a state write per turn cost before any
/// dialog, card or middleware does.
/// </summary>
public static class FloorServer
{
    public const string Command = "floor-server";
    public const string StateFileSetting = "StateFile";

    public static async Task RunAsync(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        // As the echo: the bot's appsettings.json lies in the driver's folder too; only the command line applies.
        builder.Configuration.Sources.Clear();
        builder.Configuration.AddCommandLine(args);
        var stateFile = builder.Configuration[StateFileSetting]
            ?? throw new InvalidOperationException($"--{StateFileSetting}=PATH is required.");
        var connections = new SqliteConnectionFactory($"Data Source={stateFile}");
        BotStateDatabase.Ensure(connections);
        // Made by the container, so it is disposed (its writer finishing) when the server stops.
        builder.Services.AddSingleton<IStorage>(_ => new SqliteStorage(connections, SystemClock.Instance));
        builder.Services.AddBotRuntime<SayBackBot>(builder.Configuration);
        var app = builder.Build();
        app.MapBotMessages("/api/messages");
        app.MapGet("/healthz", () => Results.Ok());
        await app.RunAsync();
    }

    /// <summary>Keeps the last ten lines of the conversation in its state and answers a message with its text.</summary>
    private sealed class SayBackBot(ConversationState conversationState) : IBot
    {
        private const int MaxLines = 10;
        private readonly IStatePropertyAccessor<List<TranscriptLine>> _lines = conversationState.CreateProperty<List<TranscriptLine>>("recentTurns");

        public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
        {
            if (!turnContext.Activity.IsType(ActivityTypes.Message) || turnContext.Activity.Text is not { Length: > 0 } text)
            {
                return;
            }

            var lines = await _lines.GetAsync(turnContext, () => [], cancellationToken);
            lines.Add(new TranscriptLine(TranscriptSpeaker.User, text));
            lines.Add(new TranscriptLine(TranscriptSpeaker.Bot, text));
            if (lines.Count > MaxLines)
            {
                lines.RemoveRange(0, lines.Count - MaxLines);
            }

            await turnContext.SendActivityAsync(MessageFactory.Text(text), cancellationToken);
        }
    }
}
