using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;

namespace PlanningServicesBot.LoadDriver;

/// <summary>
/// The ceiling: a bare ASP.NET Core endpoint at /api/messages that answers with the JSON it was sent, run by the
/// driver in a child process of its own exactly like the bot, so the ratio compares like with like.
/// </summary>
public static class EchoServer
{
    public const string Command = "echo-server";

    public static async Task RunAsync(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        // It runs from the driver's folder, where the bot's appsettings.json also lies; only the command line applies.
        builder.Configuration.Sources.Clear();
        builder.Configuration.AddCommandLine(args);
        var app = builder.Build();
        app.MapPost("/api/messages", async (HttpContext context) =>
        {
            context.Response.ContentType = "application/json; charset=utf-8";
            await context.Request.Body.CopyToAsync(context.Response.Body, context.RequestAborted);
        });
        await app.RunAsync();
    }
}
