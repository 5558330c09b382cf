using System.Collections.Concurrent;
using System.Text.Json;
using BotRuntime.Schema;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace PlanningServicesBot.LoadDriver;

/// <summary>
/// The channel side of serviceUrl delivery: a minimal Connector on 127.0.0.1 that accepts the bot's reply POSTs
/// and hands each to the turn waiting in that conversation. Replies nobody waits for are counted as strays.
/// </summary>
public sealed class ConnectorEndpoint : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, PendingTurn> _pending = new(StringComparer.Ordinal);
    private long _strays;

    private ConnectorEndpoint(WebApplication app) => _app = app;

    /// <summary>The serviceUrl to put on inbound activities, without a trailing slash as offline-directline sends it.</summary>
    public string ServiceUrl { get; private set; } = null!;

    public long Strays => Interlocked.Read(ref _strays);

    public static async Task<ConnectorEndpoint> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var connector = new ConnectorEndpoint(app);
        app.MapPost("/v3/conversations/{conversationId}/activities/{activityId}", (string conversationId, HttpContext context) =>
            connector.AcceptAsync(conversationId, context));
        app.MapPost("/v3/conversations/{conversationId}/activities", (string conversationId, HttpContext context) =>
            connector.AcceptAsync(conversationId, context));
        await app.StartAsync();
        connector.ServiceUrl = app.Urls.Single().TrimEnd('/');
        return connector;
    }

    /// <summary>Call before sending the turn: completes with the reply that ends it.</summary>
    public PendingTurn Expect(string conversationId, Func<JsonElement, bool> endsTurn)
    {
        var turn = new PendingTurn(endsTurn);
        _pending[conversationId] = turn;
        return turn;
    }

    public void Forget(string conversationId) => _pending.TryRemove(conversationId, out _);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task<IResult> AcceptAsync(string conversationId, HttpContext context)
    {
        using var document = await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            return Results.BadRequest();
        }

        if (_pending.TryGetValue(conversationId, out var turn))
        {
            // Kept past this request (the turn reads it, and reports it if the turn fails), so copied out of the document.
            turn.Receive(document.RootElement.Clone());
        }
        else
        {
            Interlocked.Increment(ref _strays);
        }

        return Results.Json(new ResourceResponse { Id = Guid.NewGuid().ToString("N") }, BotJson.Options);
    }
}
