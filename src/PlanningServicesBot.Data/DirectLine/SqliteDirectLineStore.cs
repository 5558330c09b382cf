using System.Globalization;
using BotRuntime.DirectLine;
using Microsoft.Data.Sqlite;
using PlanningServicesBot.Data.Sqlite;

namespace PlanningServicesBot.Data.DirectLine;

/// <summary>
/// The Direct Line store in SQLite (migrations 0003 and 0005): conversations with their newest sequence and when they
/// last logged an activity, and the activity log. An append takes the next sequence and writes the activity in one
/// immediate transaction, so concurrent appends (several turns, several processes on one file) never share or skip a
/// number.
/// </summary>
public sealed class SqliteDirectLineStore(SqliteConnectionFactory connections, TimeProvider timeProvider) : IDirectLineStore
{
    // Conversations deleted to a transaction by the retention sweep (their activities go with them, by the cascade).
    private const int ConversationsPerDelete = 100;

    // Times are stored in one fixed-width UTC form ("O"), so they compare as text.
    private const string InactiveSince = "COALESCE(last_activity_at, started_at) < $cutoff";

    public async Task<bool> TryCreateConversationAsync(DirectLineConversation conversation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        await using var connection = await connections.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText =
            """
            INSERT INTO direct_line_conversations (id, user_id, started_at, last_sequence)
            VALUES ($id, $user, $startedAt, 0)
            ON CONFLICT (id) DO NOTHING;
            """;
        command.Add("$id", conversation.Id);
        command.Add("$user", conversation.UserId);
        command.Add("$startedAt", Stored(conversation.StartedAt));
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    public async Task<DirectLineConversation?> FindConversationAsync(string conversationId, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT user_id, started_at, last_sequence FROM direct_line_conversations WHERE id = $id;";
        command.Add("$id", conversationId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        return new DirectLineConversation(
            conversationId,
            reader.GetString(0),
            DateTimeOffset.Parse(reader.GetString(1), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal),
            reader.GetInt64(2));
    }

    public async Task<long> AppendActivityAsync(string conversationId, Func<long, string> renderActivityJson, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(renderActivityJson);
        await using var connection = await connections.OpenAsync(cancellationToken);
        await using var transaction = connection.BeginTransaction(deferred: false);

        long sequence;
        await using (var next = connection.CreateCommand())
        {
            next.Transaction = transaction;
            next.CommandText =
                """
                UPDATE direct_line_conversations SET last_sequence = last_sequence + 1, last_activity_at = $now WHERE id = $id;
                SELECT last_sequence FROM direct_line_conversations WHERE id = $id;
                """;
            next.Add("$id", conversationId);
            next.Add("$now", Stored(timeProvider.GetUtcNow()));
            sequence = await next.ExecuteScalarAsync(cancellationToken) is long value
                ? value
                : throw new InvalidOperationException($"Direct Line conversation '{conversationId}' does not exist.");
        }

        await using (var insert = connection.CreateCommand())
        {
            insert.Transaction = transaction;
            insert.CommandText = "INSERT INTO direct_line_activities (conversation_id, sequence, activity) VALUES ($id, $sequence, $activity);";
            insert.Add("$id", conversationId);
            insert.Add("$sequence", sequence);
            insert.Add("$activity", renderActivityJson(sequence));
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return sequence;
    }

    public async Task<IReadOnlyList<DirectLineLogEntry>> ReadActivitiesAsync(string conversationId, long afterSequence, int maxCount, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText =
            """
            SELECT sequence, activity FROM direct_line_activities
            WHERE conversation_id = $id AND sequence > $after
            ORDER BY sequence
            LIMIT $max;
            """;
        command.Add("$id", conversationId);
        command.Add("$after", afterSequence);
        command.Add("$max", maxCount);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var entries = new List<DirectLineLogEntry>();
        while (await reader.ReadAsync(cancellationToken))
        {
            entries.Add(new DirectLineLogEntry(reader.GetInt64(0), reader.GetString(1)));
        }

        return entries;
    }

    /// <summary>
    /// Deletes the conversations that logged nothing since <paramref name="cutoff"/> (or, with no activity at all, started
    /// before it), with their activity logs, a hundred conversations to a transaction; returns how many. A client coming
    /// back to one finds it gone.
    /// </summary>
    public async Task<int> DeleteInactiveSinceAsync(DateTimeOffset cutoff, CancellationToken cancellationToken = default) =>
        await DeleteIfInactiveAsync(await InactiveSinceAsync(cutoff, cancellationToken), cutoff, cancellationToken);

    /// <summary>The conversations inactive since <paramref name="cutoff"/>, found in one scan.</summary>
    internal async Task<List<string>> InactiveSinceAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        await using var scan = connection.CreateCommand();
        scan.CommandText = $"SELECT id FROM direct_line_conversations WHERE {InactiveSince};";
        scan.Add("$cutoff", Stored(cutoff));
        await using var reader = await scan.ExecuteReaderAsync(cancellationToken);
        var inactive = new List<string>();
        while (await reader.ReadAsync(cancellationToken))
        {
            inactive.Add(reader.GetString(0));
        }

        return inactive;
    }

    /// <summary>Deletes those of <paramref name="conversationIds"/> still inactive since <paramref name="cutoff"/> (one that logged an activity after the scan stays).</summary>
    internal async Task<int> DeleteIfInactiveAsync(IReadOnlyCollection<string> conversationIds, DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var deleted = 0;
        foreach (var ids in conversationIds.Chunk(ConversationsPerDelete))
        {
            await using var transaction = connection.BeginTransaction(deferred: false);
            await using var delete = connection.CreateCommand();
            delete.Transaction = transaction;
            delete.CommandText = $"DELETE FROM direct_line_conversations WHERE id = $id AND {InactiveSince};";
            var id = delete.Add("$id", string.Empty);
            delete.Add("$cutoff", Stored(cutoff));
            foreach (var conversationId in ids)
            {
                id.Value = conversationId;
                deleted += await delete.ExecuteNonQueryAsync(cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
        }

        return deleted;
    }

    public async Task<byte[]> GetOrAddSigningKeyAsync(byte[] candidate, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        await using var connection = await connections.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText =
            """
            INSERT INTO direct_line_signing_key (id, key_bytes) VALUES (1, $candidate) ON CONFLICT (id) DO NOTHING;
            SELECT key_bytes FROM direct_line_signing_key WHERE id = 1;
            """;
        command.Add("$candidate", candidate);
        return (byte[])(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    private static string Stored(DateTimeOffset time) => time.UtcDateTime.ToString("O", CultureInfo.InvariantCulture);
}
