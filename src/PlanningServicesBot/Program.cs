using PlanningServicesBot.CommandLine;
using PlanningServicesBot.Hosting;

if (CommandLineApp.IsCommand(args))
{
    return await CommandLineApp.RunAsync(args);
}

var builder = WebApplication.CreateBuilder(args);
builder.AddPlanningServicesBot();

var app = builder.Build();
await app.UsePlanningServicesBotAsync();
await app.RunAsync();
return 0;

/// <summary>The bot host's entry point; public so tests can start it with WebApplicationFactory.</summary>
public partial class Program;
