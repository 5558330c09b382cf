using PlanningServicesBot.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddPlanningServicesBot();

var app = builder.Build();
await app.UsePlanningServicesBotAsync();
await app.RunAsync();

/// <summary>The bot host's entry point; public so tests can start it with WebApplicationFactory.</summary>
public partial class Program;
