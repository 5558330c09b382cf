using PlanningServicesBot.CommandLine;
using PlanningServicesBot.Hosting;

if (CommandLineApp.IsCommand(args))
{
    return await CommandLineApp.RunAsync(args);
}

// The slim builder: Kestrel without HTTPS, HTTP/3 or IIS integration (TLS ends in front of the bot), console logging.
var builder = WebApplication.CreateSlimBuilder(args);
builder.AddPlanningServicesBot();

var app = builder.Build();
await app.UsePlanningServicesBotAsync();
await app.RunAsync();
return 0;

/// <summary>The bot host's entry point; public so tests can start it with WebApplicationFactory.</summary>
public partial class Program;
