using System.Globalization;
using Microsoft.Data.Sqlite;
using NodaTime;
using NodaTime.Text;
using PlanningServicesBot.Data.Sqlite;
using PlanningServicesBot.Domain.Actors;
using PlanningServicesBot.Domain.Calendar;
using PlanningServicesBot.Domain.Catalogue;
using PlanningServicesBot.Domain.Customers;
using PlanningServicesBot.Domain.Deadlines;
using PlanningServicesBot.Domain.Vouchers;

namespace PlanningServicesBot.Data.VoucherFiles;

/// <summary>
/// Imports a VLSC-style voucher file all-or-nothing: every row is parsed and checked against the program's issuance rule
/// first; if any row is bad, every problem is reported and nothing is written; otherwise all rows are written in one
/// transaction, with an audit entry each and the days taken from the customers' balances.
/// Runs synchronously (SQLite does); call it from a background thread if a UI must stay responsive.
/// </summary>
public sealed class VoucherImport
{
    /// <summary>Progress is reported after every this many rows written, and at the end.</summary>
    public const int ProgressInterval = 10_000;

    // 512 MiB: keeps the indexes of a million-row file in memory while it is written in one transaction.
    private const long ImportCacheSize = -524_288;

    private const string SelectCustomer =
        "SELECT agreement_number, name, country_code, benefit_activated, voucher_admin_email, days_balance " +
        "FROM customers WHERE agreement_number = $agreement";

    private readonly SqliteConnectionFactory connections;
    private readonly IClock clock;
    private readonly VoucherLifecycle lifecycle;
    private readonly DeadlineCalendar deadlines;
    private readonly VoucherNumberFormat numberFormat;
    private readonly ProgramCalendar calendar;

    public VoucherImport(SqliteConnectionFactory connections, ProgramCalendar calendar, ProgramCatalogue catalogue, IClock clock)
    {
        this.connections = connections;
        this.calendar = calendar;
        this.clock = clock;
        lifecycle = new VoucherLifecycle(calendar, catalogue);
        deadlines = new DeadlineCalendar(calendar);
        numberFormat = new VoucherNumberFormat(calendar.VoucherNumberPattern);
    }

    /// <summary>The actor recorded in the audit log for imported vouchers.</summary>
    public Actor Actor { get; init; } = new SystemActor("import");

    /// <summary>Imports a CSV file with a header line naming the columns of <see cref="VoucherCsvColumns"/>.</summary>
    public VoucherImportResult Import(TextReader csv, IProgress<long>? progress = null, CancellationToken cancellationToken = default)
    {
        var problems = new List<VoucherImportProblem>();
        return Run(VoucherCsvFile.Read(csv, problems), problems, progress, cancellationToken);
    }

    /// <summary>Imports rows already split into fields.</summary>
    public VoucherImportResult Import(IEnumerable<VoucherImportRow> rows, IProgress<long>? progress = null, CancellationToken cancellationToken = default) =>
        Run(rows, [], progress, cancellationToken);

    private VoucherImportResult Run(
        IEnumerable<VoucherImportRow?> rows, List<VoucherImportProblem> problems, IProgress<long>? progress, CancellationToken cancellationToken)
    {
        using var connection = connections.Open();
        var checkedRows = Check(connection, rows, problems, cancellationToken);
        if (problems.Count == 0)
        {
            Write(connection, checkedRows, problems, progress, cancellationToken);
        }

        var ordered = problems.OrderBy(p => p.LineNumber).ToList();
        return new VoucherImportResult(checkedRows.RowCount, ordered.Count == 0 ? checkedRows.Vouchers.Count : 0, ordered);
    }

    private CheckedRows Check(
        SqliteConnection connection, IEnumerable<VoucherImportRow?> rows, List<VoucherImportProblem> problems, CancellationToken cancellationToken)
    {
        var today = calendar.Today(clock.GetCurrentInstant());
        var result = new CheckedRows();
        var firstLineOf = new Dictionary<string, long>(StringComparer.Ordinal);
        var customers = new Dictionary<string, Customer?>(StringComparer.Ordinal);

        using var findCustomer = connection.CreateCommand();
        findCustomer.CommandText = SelectCustomer;
        var agreementParameter = findCustomer.Parameters.Add(new SqliteParameter("$agreement", ""));
        using var findVoucher = connection.CreateCommand();
        findVoucher.CommandText = $"SELECT {VoucherRows.SelectList} FROM vouchers WHERE number = $number";
        var numberParameter = findVoucher.Parameters.Add(new SqliteParameter("$number", ""));
        using var voucherExists = connection.CreateCommand();
        voucherExists.CommandText = "SELECT 1 FROM vouchers WHERE number = $number";
        var existsParameter = voucherExists.Parameters.Add(new SqliteParameter("$number", ""));
        // Importing into an empty table is the big case: no row can exist yet (one added meanwhile is caught on insert).
        var tableIsEmpty = IsEmpty(connection);

        foreach (var row in rows)
        {
            result.RowCount++;
            if ((result.RowCount & 0x3FF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            if (row is null)
            {
                continue;
            }

            var line = row.LineNumber;
            var number = numberFormat.ParseOrNull(row.Number);
            if (number is null)
            {
                problems.Add(new(line, VoucherImportProblemKind.InvalidNumber, $"'{row.Number}' is not a voucher number"));
            }
            else if (firstLineOf.TryGetValue(number.Value, out var firstLine))
            {
                problems.Add(new(line, VoucherImportProblemKind.DuplicateInFile, $"voucher {number} is already on line {firstLine}"));
                number = null;
            }
            else
            {
                firstLineOf.Add(number.Value, line);
            }

            var days = ParseDays(row, problems);
            var created = ParseDate(row.CreatedOn, VoucherCsvColumns.Created, line, problems);
            var assigned = ParseDate(row.AssignedOn, VoucherCsvColumns.Assigned, line, problems);

            var agreement = row.AgreementNumber.Trim();
            if (!customers.TryGetValue(agreement, out var customer))
            {
                agreementParameter.Value = agreement;
                customer = ReadSingle(findCustomer, SqliteCustomerRepository.Read);
                customers.Add(agreement, customer);
            }

            if (customer is not null && !customer.IsVoucherAdmin(row.AdminEmail))
            {
                problems.Add(new(line, VoucherImportProblemKind.AdminEmailMismatch,
                    $"'{row.AdminEmail}' is not the voucher admin e-mail of agreement {customer.AgreementNumber}"));
            }

            if (number is null || days is null || created is null || assigned is null)
            {
                continue;
            }

            numberParameter.Value = existsParameter.Value = number.Value;
            var existing = tableIsEmpty || ReadSingle(voucherExists, _ => "") is null ? null : ReadSingle(findVoucher, VoucherRows.Read);
            var projectManager = string.IsNullOrWhiteSpace(row.ProjectManager) ? row.AdminEmail.Trim() : row.ProjectManager.Trim();
            var command = new IssueVoucher(number, agreement, row.Offering.Trim(), days.Value, created.Value, assigned.Value, projectManager);
            var balance = customer is null ? null : customer with { DaysBalance = customer.DaysBalance - result.DaysTaken(agreement) };

            var decision = lifecycle.Issue(existing, balance, Actor, command, today);
            if (decision.Value is not { } voucher)
            {
                problems.AddRange(decision.Refusals.Select(refusal =>
                    new VoucherImportProblem(line, VoucherImportProblemKind.Refused, ImportRefusalText.Describe(refusal, command), refusal)));
                continue;
            }

            result.Add(line, voucher);
        }

        return result;
    }

    private void Write(
        SqliteConnection connection, CheckedRows rows, List<VoucherImportProblem> problems, IProgress<long>? progress, CancellationToken cancellationToken)
    {
        var now = clock.GetCurrentInstant();
        var batchKey = "import:" + Guid.NewGuid().ToString("N");
        // In number order every index insert appends, instead of splitting pages all over the number index.
        rows.Vouchers.Sort((a, b) => string.CompareOrdinal(a.Voucher.Number.Value, b.Voucher.Number.Value));
        var cacheSize = SetCacheSize(connection, ImportCacheSize);
        try
        {
            using var transaction = connection.BeginTransaction(deferred: false);
            using var insertVoucher = new PreparedStatement(connection, VoucherRows.InsertSql);
            using var insertAudit = new PreparedStatement(connection,
                "INSERT INTO audit_log (voucher_number, at, actor_id, from_state, to_state, reason, operation_key) " +
                "VALUES (?1, ?2, ?3, NULL, ?4, ?5, ?6)");
            object?[] audit = [null, StoredValues.Instant(now), Actor.AuditId, StoredValues.Name(VoucherState.Assigned), StoredValues.Name(VoucherTransition.Issue), batchKey];

            long written = 0;
            foreach (var (line, voucher) in rows.Vouchers)
            {
                try
                {
                    insertVoucher.Execute(VoucherRows.Values(voucher, deadlines.NextDueDay(voucher)));
                }
                catch (SqliteException e) when (e.SqliteErrorCode == SQLitePCL.raw.SQLITE_CONSTRAINT)
                {
                    problems.Add(new(line, VoucherImportProblemKind.ChangedWhileImporting,
                        $"voucher {voucher.Number} was added by someone else while importing"));
                    return;
                }

                audit[0] = voucher.Number.Value;
                insertAudit.Execute(audit);
                written++;
                if (written % ProgressInterval == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    progress?.Report(written);
                }
            }

            if (!Debit(connection, transaction, rows, problems))
            {
                return;
            }

            transaction.Commit();
            progress?.Report(written);
        }
        finally
        {
            SetCacheSize(connection, cacheSize);
        }
    }

    private static bool Debit(SqliteConnection connection, SqliteTransaction transaction, CheckedRows rows, List<VoucherImportProblem> problems)
    {
        using var debit = connection.CreateCommand();
        debit.Transaction = transaction;
        debit.CommandText =
            "UPDATE customers SET days_balance = days_balance - $days WHERE agreement_number = $agreement AND days_balance >= $days";
        var days = debit.Parameters.Add(new SqliteParameter("$days", 0L));
        var agreement = debit.Parameters.Add(new SqliteParameter("$agreement", ""));
        foreach (var (agreementNumber, taken) in rows.Debits)
        {
            days.Value = (long)taken.Days;
            agreement.Value = agreementNumber;
            if (debit.ExecuteNonQuery() != 1)
            {
                problems.Add(new(taken.LastLine, VoucherImportProblemKind.ChangedWhileImporting,
                    $"the days balance of agreement {agreementNumber} changed while importing and no longer covers {taken.Days} days"));
                return false;
            }
        }

        return true;
    }

    /// <summary>Sets the connection's page cache size (SQLite's convention: negative = KiB, positive = pages); returns the previous one.</summary>
    private static long SetCacheSize(SqliteConnection connection, long size)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA cache_size;";
        var previous = (long)command.ExecuteScalar()!;
        command.CommandText = string.Create(CultureInfo.InvariantCulture, $"PRAGMA cache_size = {size};");
        command.ExecuteNonQuery();
        return previous;
    }

    private static int? ParseDays(VoucherImportRow row, List<VoucherImportProblem> problems)
    {
        if (int.TryParse(row.Days.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var days))
        {
            return days;
        }

        problems.Add(new(row.LineNumber, VoucherImportProblemKind.InvalidDays, $"days '{row.Days}' is not a whole number"));
        return null;
    }

    private static LocalDate? ParseDate(string text, string column, long line, List<VoucherImportProblem> problems)
    {
        var parsed = LocalDatePattern.Iso.Parse(text.Trim());
        if (parsed.Success)
        {
            return parsed.Value;
        }

        problems.Add(new(line, VoucherImportProblemKind.InvalidDate, $"{column} '{text}' is not a yyyy-MM-dd date"));
        return null;
    }

    private static bool IsEmpty(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT NOT EXISTS (SELECT 1 FROM vouchers)";
        return (long)command.ExecuteScalar()! == 1;
    }

    private static T? ReadSingle<T>(SqliteCommand command, Func<SqliteDataReader, T> read)
        where T : class
    {
        using var reader = command.ExecuteReader();
        return reader.Read() ? read(reader) : null;
    }

    private sealed class CheckedRows
    {
        public long RowCount { get; set; }

        public List<(long Line, Voucher Voucher)> Vouchers { get; } = [];

        public Dictionary<string, (int Days, long LastLine)> Debits { get; } = new(StringComparer.Ordinal);

        public int DaysTaken(string agreement) => Debits.TryGetValue(agreement, out var taken) ? taken.Days : 0;

        public void Add(long line, Voucher voucher)
        {
            Vouchers.Add((line, voucher));
            Debits[voucher.AgreementNumber] = (DaysTaken(voucher.AgreementNumber) + voucher.Days, line);
        }
    }
}
