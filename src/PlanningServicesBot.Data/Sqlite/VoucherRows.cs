using Microsoft.Data.Sqlite;
using NodaTime;
using PlanningServicesBot.Domain.Vouchers;

namespace PlanningServicesBot.Data.Sqlite;

/// <summary>The mapping between <see cref="Voucher"/> and a row of the vouchers table, shared by the repository and the bulk writers.</summary>
internal static class VoucherRows
{
    /// <summary>Every column, in the order <see cref="Read"/> expects and <see cref="Bind"/> fills.</summary>
    public static readonly string[] Columns =
    [
        "number", "agreement_number", "offering", "days", "created_on", "assigned_on", "project_manager", "state", "version", "due_on",
        "mpn_id", "engagement_id", "location_id", "consultant_id", "delivery_country", "planned_start", "planned_end", "remote_delivery", "reserved_on",
        "delivery_start", "delivery_end", "report_consultant_id", "offsite_days", "completion_report_confirmed", "customer_deliverable_confirmed",
        "report_summary", "report_submitted_on",
        "redeemed_on", "payment_reference", "payment_requested_on", "paid_on",
    ];

    public static readonly string SelectList = string.Join(", ", Columns);

    public static readonly string InsertSql =
        $"INSERT INTO vouchers ({SelectList}) VALUES ({string.Join(", ", Columns.Select(c => "$" + c))})";

    /// <summary>Rewrites every column but the number, only if the stored row is in the expected state and version.</summary>
    public static readonly string ConditionalUpdateSql =
        "UPDATE vouchers SET " +
        string.Join(", ", Columns.Where(c => c is not ("number" or "version")).Select(c => $"{c} = ${c}")) +
        ", version = version + 1 WHERE number = $number AND state = $expected_state AND version = $expected_version";

    public static Voucher Read(SqliteDataReader reader)
    {
        var state = reader.GetName<VoucherState>(7);
        var voucher = new Voucher(
            new VoucherNumber(reader.GetString(0)),
            reader.GetString(1),
            reader.GetString(2),
            reader.GetNumber(3),
            reader.GetDate(4),
            reader.GetDate(5),
            reader.GetString(6),
            state,
            reader.GetInt64(8));

        if (!reader.IsDBNull(10))
        {
            voucher = voucher with
            {
                Reservation = new Reservation(
                    reader.GetString(10),
                    reader.GetString(11),
                    reader.GetString(12),
                    reader.GetString(13),
                    reader.GetString(14),
                    reader.GetDate(15),
                    reader.GetDate(16),
                    reader.GetFlag(17),
                    reader.GetDate(18)),
            };
        }

        if (!reader.IsDBNull(26))
        {
            voucher = voucher with
            {
                CompletionReport = new CompletionReport(
                    reader.GetDate(19),
                    reader.GetDate(20),
                    reader.GetString(21),
                    reader.GetNumber(22),
                    reader.GetFlag(23),
                    reader.GetFlag(24),
                    reader.GetString(25),
                    reader.GetDate(26)),
            };
        }

        return voucher with
        {
            RedeemedOn = reader.GetDateOrNull(27),
            PaymentRequest = reader.IsDBNull(28) ? null : new PaymentRequest(reader.GetString(28), reader.GetDate(29)),
            PaidOn = reader.GetDateOrNull(30),
        };
    }

    /// <summary>Creates one parameter per column, for a command that is prepared once and filled with <see cref="Fill"/> per row.</summary>
    public static void AddParameters(SqliteCommand command)
    {
        foreach (var column in Columns)
        {
            command.Parameters.Add(new SqliteParameter("$" + column, null));
        }
    }

    public static void Bind(SqliteCommand command, Voucher voucher, LocalDate? dueOn)
    {
        AddParameters(command);
        Fill(command.Parameters, voucher, dueOn);
    }

    public static void Fill(SqliteParameterCollection parameters, Voucher voucher, LocalDate? dueOn)
    {
        var values = Values(voucher, dueOn);
        for (var i = 0; i < values.Length; i++)
        {
            parameters[i].Value = values[i] ?? DBNull.Value;
        }
    }

    /// <summary>The column values of <paramref name="voucher"/>, in <see cref="Columns"/> order; null for SQL NULL.</summary>
    public static object?[] Values(Voucher voucher, LocalDate? dueOn)
    {
        var reservation = voucher.Reservation;
        var report = voucher.CompletionReport;
        return
        [
            voucher.Number.Value,
            voucher.AgreementNumber,
            voucher.Offering,
            (long)voucher.Days,
            StoredValues.Date(voucher.CreatedOn),
            StoredValues.Date(voucher.AssignedOn),
            voucher.ProjectManager,
            StoredValues.Name(voucher.State),
            voucher.Version,
            StoredValues.DateOrNull(dueOn),
            reservation?.MpnId,
            reservation?.EngagementId,
            reservation?.LocationId,
            reservation?.ConsultantId,
            reservation?.DeliveryCountry,
            StoredValues.DateOrNull(reservation?.PlannedStart),
            StoredValues.DateOrNull(reservation?.PlannedEnd),
            StoredValues.FlagOrNull(reservation?.RemoteDelivery),
            StoredValues.DateOrNull(reservation?.ReservedOn),
            StoredValues.DateOrNull(report?.DeliveryStart),
            StoredValues.DateOrNull(report?.DeliveryEnd),
            report?.ConsultantId,
            (long?)report?.OffsiteDays,
            StoredValues.FlagOrNull(report?.CompletionReportConfirmed),
            StoredValues.FlagOrNull(report?.CustomerDeliverableConfirmed),
            report?.Summary,
            StoredValues.DateOrNull(report?.SubmittedOn),
            StoredValues.DateOrNull(voucher.RedeemedOn),
            voucher.PaymentRequest?.Reference,
            StoredValues.DateOrNull(voucher.PaymentRequest?.RequestedOn),
            StoredValues.DateOrNull(voucher.PaidOn),
        ];
    }
}
