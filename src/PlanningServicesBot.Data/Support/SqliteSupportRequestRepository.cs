using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Data.Sqlite;
using PlanningServicesBot.Data.Sqlite;
using PlanningServicesBot.Domain.Operations;
using PlanningServicesBot.Domain.Vouchers;

namespace PlanningServicesBot.Data.Support;

public sealed class SqliteSupportRequestRepository(SqliteConnectionFactory connections) : ISupportRequestRepository
{
    private const string Columns =
        "number, operation_key, recorded_at, channel_id, conversation_id, user_id, user_name, mpn_id, aad_object_id, " +
        "voucher_number, question, follow_up, recent_turns";

    private static readonly JsonSerializerOptions TranscriptJson = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    public async Task<SupportRequestReceipt> RecordAsync(SupportRequest request, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        await using (var insert = connection.CreateCommand())
        {
            insert.CommandText =
                """
                INSERT INTO support_requests (operation_key, recorded_at, channel_id, conversation_id, user_id, user_name, mpn_id,
                                              aad_object_id, voucher_number, question, follow_up, recent_turns)
                VALUES ($key, $at, $channel, $conversation, $user, $name, $mpn, $aad, $voucher, $question, $followUp, $turns)
                ON CONFLICT (operation_key) DO NOTHING
                """;
            var requester = request.Requester;
            insert.Add("$key", request.OperationKey.Value);
            insert.Add("$at", StoredValues.Instant(request.RecordedAt));
            insert.Add("$channel", requester.ChannelId);
            insert.Add("$conversation", requester.ConversationId);
            insert.Add("$user", requester.UserId);
            insert.Add("$name", StoredValues.Text(requester.UserName));
            insert.Add("$mpn", StoredValues.Text(requester.MpnId));
            insert.Add("$aad", StoredValues.Text(requester.AadObjectId));
            insert.Add("$voucher", StoredValues.Text(request.Voucher?.Value));
            insert.Add("$question", request.Question);
            insert.Add("$followUp", request.FollowUp);
            insert.Add("$turns", JsonSerializer.Serialize(request.RecentTurns, TranscriptJson));
            if (await insert.ExecuteNonQueryAsync(cancellationToken) == 1)
            {
                return new SupportRequestReceipt(new RecordedSupportRequest(LastInsertedNumber(connection), request), AlreadyRecorded: false);
            }
        }

        var existing = await FindOneAsync(connection, "operation_key = $key", "$key", request.OperationKey.Value, cancellationToken)
            ?? throw new InvalidOperationException($"Support request {request.OperationKey} was neither inserted nor found.");
        return new SupportRequestReceipt(existing, AlreadyRecorded: true);
    }

    public async Task<RecordedSupportRequest?> FindAsync(long number, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        return await FindOneAsync(connection, "number = $number", "$number", number, cancellationToken);
    }

    public async Task<RecordedSupportRequest?> FindByOperationKeyAsync(OperationKey operationKey, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        return await FindOneAsync(connection, "operation_key = $key", "$key", operationKey.Value, cancellationToken);
    }

    public async Task<IReadOnlyList<RecordedSupportRequest>> ListNewestAsync(int count, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        await using var connection = await connections.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {Columns} FROM support_requests ORDER BY number DESC LIMIT $count";
        command.Add("$count", (long)count);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var requests = new List<RecordedSupportRequest>();
        while (await reader.ReadAsync(cancellationToken))
        {
            requests.Add(Read(reader));
        }

        return requests;
    }

    private static async Task<RecordedSupportRequest?> FindOneAsync(SqliteConnection connection, string condition, string parameter, object value, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {Columns} FROM support_requests WHERE {condition}";
        command.Add(parameter, value);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? Read(reader) : null;
    }

    private static long LastInsertedNumber(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT last_insert_rowid()";
        return (long)command.ExecuteScalar()!;
    }

    private static RecordedSupportRequest Read(SqliteDataReader reader) => new(
        reader.GetInt64(0),
        new SupportRequest(
            new OperationKey(reader.GetString(1)),
            reader.GetInstant(2),
            new SupportRequester(reader.GetString(3), reader.GetString(4), reader.GetString(5), reader.GetTextOrNull(6), reader.GetTextOrNull(7), reader.GetTextOrNull(8)),
            reader.GetTextOrNull(9) is { } voucher ? new VoucherNumber(voucher) : null,
            reader.GetString(10),
            reader.GetString(11),
            JsonSerializer.Deserialize<List<TranscriptLine>>(reader.GetString(12), TranscriptJson) ?? []));
}
