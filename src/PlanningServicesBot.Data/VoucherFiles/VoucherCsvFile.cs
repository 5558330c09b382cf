using System.Globalization;

namespace PlanningServicesBot.Data.VoucherFiles;

/// <summary>The VLSC-style CSV layout: a header line naming the columns, then one voucher per line.</summary>
internal static class VoucherCsvFile
{
    /// <summary>
    /// The voucher rows of <paramref name="csv"/>, read lazily; null for a line that is not well-formed, whose problem is added
    /// to <paramref name="problems"/>. Blank lines are skipped; columns beyond the known ones are ignored.
    /// </summary>
    public static IEnumerable<VoucherImportRow?> Read(TextReader csv, List<VoucherImportProblem> problems)
    {
        var reader = new CsvLineReader(csv);
        var fields = new List<string>(VoucherCsvColumns.Written.Count);
        if (!reader.TryReadLine(fields, out var headerError))
        {
            problems.Add(new(1, VoucherImportProblemKind.MalformedLine, "the file is empty; expected a header line"));
            yield break;
        }

        var header = fields.Select(name => name.Trim().TrimStart('\uFEFF').ToLowerInvariant()).ToList();
        var missing = VoucherCsvColumns.Required.Where(column => !header.Contains(column)).ToList();
        if (headerError is not null || missing.Count > 0)
        {
            problems.Add(new(1, VoucherImportProblemKind.MalformedLine, headerError is not null
                ? "the header line: " + headerError
                : $"the header lacks the column(s) {string.Join(", ", missing)}; expected {string.Join(",", VoucherCsvColumns.Written)}"));
            yield break;
        }

        int Column(string name) => header.IndexOf(name);
        int number = Column(VoucherCsvColumns.Number), agreement = Column(VoucherCsvColumns.Agreement),
            offering = Column(VoucherCsvColumns.Offering), days = Column(VoucherCsvColumns.Days),
            created = Column(VoucherCsvColumns.Created), assigned = Column(VoucherCsvColumns.Assigned),
            adminEmail = Column(VoucherCsvColumns.AdminEmail), projectManager = Column(VoucherCsvColumns.ProjectManager);
        var needed = Math.Max(VoucherCsvColumns.Required.Max(Column), projectManager) + 1;

        while (reader.TryReadLine(fields, out var error))
        {
            var line = reader.LineNumber;
            if (error is null && fields.Count == 1 && fields[0].Trim().Length == 0)
            {
                continue;
            }

            if (error is not null || fields.Count < needed)
            {
                problems.Add(new(line, VoucherImportProblemKind.MalformedLine, error ?? string.Create(
                    CultureInfo.InvariantCulture, $"expected {header.Count} fields, found {fields.Count}")));
                yield return null;
                continue;
            }

            yield return new VoucherImportRow(
                line,
                fields[number],
                fields[agreement],
                fields[offering],
                fields[days],
                fields[created],
                fields[assigned],
                fields[adminEmail],
                projectManager < 0 ? null : fields[projectManager]);
        }
    }

    public static void WriteHeader(TextWriter writer) => writer.Write(string.Join(",", VoucherCsvColumns.Written) + "\n");

    public static void WriteRow(TextWriter writer, IReadOnlyList<string> fields)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0)
            {
                writer.Write(',');
            }

            WriteField(writer, fields[i]);
        }

        writer.Write('\n');
    }

    private static void WriteField(TextWriter writer, string value)
    {
        if (value.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            writer.Write(value);
            return;
        }

        writer.Write('"');
        writer.Write(value.Replace("\"", "\"\"", StringComparison.Ordinal));
        writer.Write('"');
    }
}
