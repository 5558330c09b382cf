using PlanningServicesBot.Data.Sqlite;

namespace PlanningServicesBot.Data.VoucherFiles;

/// <summary>Writes every voucher as a VLSC-style CSV file, in the layout <see cref="VoucherImport"/> reads.</summary>
public sealed class VoucherExport(SqliteConnectionFactory connections)
{
    public const int ProgressInterval = 10_000;

    /// <summary>Writes the header and one line per voucher, ordered by number; returns the number of vouchers written.</summary>
    public long Write(TextWriter writer, IProgress<long>? progress = null, CancellationToken cancellationToken = default)
    {
        using var connection = connections.Open();
        using var command = connection.CreateCommand();
        command.CommandText =
            "SELECT v.number, v.agreement_number, v.offering, v.days, v.created_on, v.assigned_on, c.voucher_admin_email, v.project_manager " +
            "FROM vouchers v JOIN customers c ON c.agreement_number = v.agreement_number ORDER BY v.number";
        using var reader = command.ExecuteReader();

        VoucherCsvFile.WriteHeader(writer);
        var fields = new string[VoucherCsvColumns.Written.Count];
        long written = 0;
        while (reader.Read())
        {
            for (var i = 0; i < fields.Length; i++)
            {
                fields[i] = i == 3
                    ? reader.GetInt64(i).ToString(System.Globalization.CultureInfo.InvariantCulture)
                    : reader.GetString(i);
            }

            VoucherCsvFile.WriteRow(writer, fields);
            written++;
            if (written % ProgressInterval == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                progress?.Report(written);
            }
        }

        progress?.Report(written);
        return written;
    }
}
