using Microsoft.Data.Sqlite;
using PlanningServicesBot.Tests.Support;

namespace PlanningServicesBot.Tests.Hosting;

public sealed class StateDatabaseTests
{
    [Fact]
    public async Task ConversationStateIsWrittenToTheStateFileBesideTheProgramDatabase()
    {
        using var app = new BotApplication();
        var conversation = new BotConversation(app.CreateClient());

        await conversation.SayAsync("check a voucher");

        Assert.True(Rows(Path.Combine(app.Folder, "bot.state.db"), $"SELECT COUNT(*) FROM bot_state WHERE key LIKE '%{conversation.ConversationId}%'") > 0);
        Assert.Equal(0, Rows(Path.Combine(app.Folder, "bot.db"), "SELECT COUNT(*) FROM bot_state"));
    }

    private static long Rows(string file, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={file};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
    }
}
