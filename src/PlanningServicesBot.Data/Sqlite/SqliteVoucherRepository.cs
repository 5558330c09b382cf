using Microsoft.Data.Sqlite;
using NodaTime;
using PlanningServicesBot.Domain.Abstractions;
using PlanningServicesBot.Domain.Operations;
using PlanningServicesBot.Domain.Vouchers;

namespace PlanningServicesBot.Data.Sqlite;

public sealed class SqliteVoucherRepository(SqliteConnectionFactory connections) : IVoucherRepository
{
    private static readonly string FindByNumber = $"SELECT {VoucherRows.SelectList} FROM vouchers WHERE number = $number";

    public Task<Voucher?> FindAsync(VoucherNumber number, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(connections.Query(FindByNumber, [("$number", number.Value)], reader => reader.Read() ? VoucherRows.Read(reader) : null));
    }

    public Task<IReadOnlyList<Voucher>> ListByPartnerAsync(string mpnId, CancellationToken cancellationToken) =>
        ListAsync("WHERE mpn_id = $mpn_id ORDER BY number", ("$mpn_id", mpnId), cancellationToken);

    public Task<IReadOnlyList<Voucher>> ListDueBetweenAsync(LocalDate from, LocalDate to, CancellationToken cancellationToken) =>
        ListAsync(
            "WHERE due_on BETWEEN $from AND $to ORDER BY due_on, number",
            [("$from", StoredValues.Date(from)), ("$to", StoredValues.Date(to))],
            cancellationToken);

    /// <summary>The voucher's audit log, oldest first.</summary>
    public async Task<IReadOnlyList<VoucherAuditEntry>> ListAuditAsync(VoucherNumber number, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText =
            "SELECT actor_id, at, voucher_number, from_state, to_state, reason, operation_key " +
            "FROM audit_log WHERE voucher_number = $number ORDER BY id";
        command.Add("$number", number.Value);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var entries = new List<VoucherAuditEntry>();
        while (await reader.ReadAsync(cancellationToken))
        {
            entries.Add(new VoucherAuditEntry(
                reader.GetString(0),
                reader.GetInstant(1),
                new VoucherNumber(reader.GetString(2)),
                reader.IsDBNull(3) ? null : reader.GetName<VoucherState>(3),
                reader.GetName<VoucherState>(4),
                reader.GetName<VoucherTransition>(5),
                reader.GetString(6)));
        }

        return entries;
    }

    public async Task<CommitResult> CommitAsync(VoucherChange change, CancellationToken cancellationToken)
    {
        if (change.Voucher.Version != change.ExpectedVersion + 1)
        {
            throw new ArgumentException("The new voucher's version must be the expected version + 1.", nameof(change));
        }

        if (change.Audit.Voucher != change.Voucher.Number)
        {
            throw new ArgumentException("The audit entry must be about the voucher being changed.", nameof(change));
        }

        await using var connection = await connections.OpenAsync(cancellationToken);
        // BEGIN IMMEDIATE: take the write lock first, so the key check and the conditional write see the same data.
        await using var transaction = connection.BeginTransaction(deferred: false);

        var stored = await StoredOutcomeAsync(connection, transaction, change.Key, cancellationToken);
        if (stored is not null)
        {
            await transaction.RollbackAsync(cancellationToken);
            return CommitResult.DuplicateKey(stored);
        }

        if (!await WriteVoucherAsync(connection, transaction, change, cancellationToken)
            || !await DebitAsync(connection, transaction, change.Debit, cancellationToken))
        {
            await transaction.RollbackAsync(cancellationToken);
            return CommitResult.VersionConflict;
        }

        await AppendAuditAsync(connection, transaction, change.Audit, cancellationToken);
        await using (var record = Command(connection, transaction,
            "INSERT INTO operations (idempotency_key, outcome, created_at) VALUES ($key, $outcome, $at)"))
        {
            record.Add("$key", change.Key.Value);
            record.Add("$outcome", change.OutcomeJson);
            record.Add("$at", StoredValues.Instant(change.Audit.At));
            await record.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return CommitResult.Committed;
    }

    public async Task<string?> FindOutcomeAsync(OperationKey key, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        return await StoredOutcomeAsync(connection, null, key, cancellationToken);
    }

    internal static async Task AppendAuditAsync(
        SqliteConnection connection, SqliteTransaction transaction, VoucherAuditEntry audit, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, transaction,
            "INSERT INTO audit_log (at, actor_id, voucher_number, from_state, to_state, reason, operation_key) " +
            "VALUES ($at, $actor, $voucher, $from, $to, $reason, $key)");
        command.Add("$at", StoredValues.Instant(audit.At));
        command.Add("$actor", audit.ActorId);
        command.Add("$voucher", audit.Voucher.Value);
        command.Add("$from", audit.From is { } from ? StoredValues.Name(from) : DBNull.Value);
        command.Add("$to", StoredValues.Name(audit.To));
        command.Add("$reason", StoredValues.Name(audit.Reason));
        command.Add("$key", audit.OperationKey);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task<bool> WriteVoucherAsync(
        SqliteConnection connection, SqliteTransaction transaction, VoucherChange change, CancellationToken cancellationToken)
    {
        if (change.ExpectedState is not { } expectedState)
        {
            await using var insert = Command(connection, transaction, VoucherRows.InsertSql + " ON CONFLICT (number) DO NOTHING");
            VoucherRows.Bind(insert, change.Voucher, change.DueOn);
            return await insert.ExecuteNonQueryAsync(cancellationToken) == 1;
        }

        await using var update = Command(connection, transaction, VoucherRows.ConditionalUpdateSql);
        VoucherRows.Bind(update, change.Voucher, change.DueOn);
        update.Parameters.Remove(update.Parameters["$version"]);
        update.Add("$expected_state", StoredValues.Name(expectedState));
        update.Add("$expected_version", change.ExpectedVersion);
        return await update.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    private static async Task<bool> DebitAsync(
        SqliteConnection connection, SqliteTransaction transaction, CustomerDebit? debit, CancellationToken cancellationToken)
    {
        if (debit is null)
        {
            return true;
        }

        await using var command = Command(connection, transaction,
            "UPDATE customers SET days_balance = days_balance - $days " +
            "WHERE agreement_number = $agreement AND days_balance >= $days");
        command.Add("$days", (long)debit.Days);
        command.Add("$agreement", debit.AgreementNumber);
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    private static async Task<string?> StoredOutcomeAsync(
        SqliteConnection connection, SqliteTransaction? transaction, OperationKey key, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, transaction, "SELECT outcome FROM operations WHERE idempotency_key = $key");
        command.Add("$key", key.Value);
        return await command.ExecuteScalarAsync(cancellationToken) as string;
    }

    private Task<IReadOnlyList<Voucher>> ListAsync(string where, (string Name, object Value) parameter, CancellationToken cancellationToken) =>
        ListAsync(where, [parameter], cancellationToken);

    private async Task<IReadOnlyList<Voucher>> ListAsync(
        string where, IReadOnlyList<(string Name, object Value)> parameters, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {VoucherRows.SelectList} FROM vouchers {where}";
        foreach (var (name, value) in parameters)
        {
            command.Add(name, value);
        }

        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var vouchers = new List<Voucher>();
        while (await reader.ReadAsync(cancellationToken))
        {
            vouchers.Add(VoucherRows.Read(reader));
        }

        return vouchers;
    }

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction? transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }
}
