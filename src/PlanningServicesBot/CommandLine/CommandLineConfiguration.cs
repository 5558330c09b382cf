using PlanningServicesBot.Hosting;

namespace PlanningServicesBot.CommandLine;

/// <summary>The configuration the bot host would read — appsettings.json and appsettings.{environment}.json from the current
/// directory, then environment variables — with the command line's --connection on top.</summary>
internal static class CommandLineConfiguration
{
    public static IConfiguration Build(string? connection)
    {
        var environment = Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT")
            ?? Environment.GetEnvironmentVariable("ASPNETCORE_ENVIRONMENT")
            ?? "Production";
        var builder = new ConfigurationBuilder()
            .SetBasePath(Directory.GetCurrentDirectory())
            .AddJsonFile("appsettings.json", optional: true)
            .AddJsonFile($"appsettings.{environment}.json", optional: true)
            .AddEnvironmentVariables();
        if (connection is not null)
        {
            builder.AddInMemoryCollection(new Dictionary<string, string?>
            {
                [$"ConnectionStrings:{PlanningServicesBotServiceCollectionExtensions.ConnectionStringName}"] = ConnectionString(connection),
            });
        }

        return builder.Build();
    }

    /// <summary>A connection string as given, or a database file path turned into one.</summary>
    public static string ConnectionString(string connection) =>
        connection.Contains('=', StringComparison.Ordinal) ? connection : $"Data Source={connection}";
}
