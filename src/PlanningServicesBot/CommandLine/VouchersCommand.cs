using System.CommandLine;
using System.Text;
using PlanningServicesBot.Data.VoucherFiles;
using Spectre.Console;

namespace PlanningServicesBot.CommandLine;

/// <summary><c>vouchers import FILE</c> and <c>vouchers export [--output FILE]</c>.</summary>
internal static class VouchersCommand
{
    public static Command Create(CommandEnvironment environment)
    {
        var file = new Argument<FileInfo>("file")
        {
            Description = $"A VLSC-style CSV file with a header line: {string.Join(",", VoucherCsvColumns.Written)} (project_manager optional)",
        };
        var import = new Command("import", "Import vouchers from a CSV file, all or nothing: a file with any bad line imports nothing") { file };
        import.SetAction((parseResult, ct) => environment.RunAsync(parseResult, context => ImportAsync(context, parseResult.GetValue(file)!, ct)));

        var output = new Option<FileInfo?>("--output", "-o") { Description = "Write the CSV to this file instead of standard output" };
        var export = new Command("export", "Export every voucher as a CSV file in the layout 'vouchers import' reads") { output };
        export.SetAction((parseResult, ct) => environment.RunAsync(parseResult, context => ExportAsync(context, parseResult.GetValue(output), ct)));

        return new Command("vouchers", "Voucher files") { import, export };
    }

    private static async Task<int> ImportAsync(CommandContext context, FileInfo file, CancellationToken cancellationToken)
    {
        if (!file.Exists)
        {
            return context.Fail($"File not found: {file.FullName}");
        }

        context.Migrate();
        var lines = CountLines(file);
        var import = new VoucherImport(context.Connections, context.Calendar, context.Catalogue, context.Clock);
        VoucherImportResult? result = null;
        await using (var stream = new CountingReadStream(file.OpenRead()))
        {
            using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
            await ProgressBars.For(context.Console).StartAsync(async progress =>
            {
                var checking = progress.AddTask("Checking rows", maxValue: Math.Max(1, file.Length));
                var writing = progress.AddTask("Writing vouchers", maxValue: Math.Max(1, lines - 1));
                var work = Task.Run(() => import.Import(reader, ProgressBars.Reporter(writing), cancellationToken), cancellationToken);
                while (!work.IsCompleted)
                {
                    checking.Value = stream.BytesRead;
                    await Task.WhenAny(work, Task.Delay(100, cancellationToken));
                }

                result = await work;
                checking.Value = checking.MaxValue;
                if (result.Succeeded)
                {
                    writing.Value = writing.MaxValue;
                }

                writing.StopTask();
            });
        }

        if (result!.Succeeded)
        {
            context.Console.WriteLine(Invariant($"Imported {result.ImportedCount:N0} vouchers from {file.Name}."));
            return ExitCodes.Success;
        }

        var table = new Table().AddColumn("Line").AddColumn("Problem").AddColumn("Detail");
        foreach (var problem in result.Problems)
        {
            table.AddRow(new Text(problem.LineNumber.ToString(System.Globalization.CultureInfo.InvariantCulture)), new Text(Describe(problem.Kind)), new Text(problem.Detail));
        }

        context.Console.Write(table);
        var badLines = result.Problems.Select(p => p.LineNumber).Distinct().Count();
        return context.Fail(Invariant($"Nothing was imported: {result.Problems.Count:N0} problem(s) on {badLines:N0} of the {result.RowCount:N0} voucher line(s) in {file.Name}."));
    }

    private static async Task<int> ExportAsync(CommandContext context, FileInfo? output, CancellationToken cancellationToken)
    {
        if (context.MissingDatabase() is { } missing)
        {
            return context.Fail(missing);
        }

        var export = new VoucherExport(context.Connections);
        if (output is null)
        {
            export.Write(context.Output, cancellationToken: cancellationToken);
            await context.Output.FlushAsync(cancellationToken);
            return ExitCodes.Success;
        }

        // Written beside the target and moved into place, so a failed export never leaves half a file under the asked name.
        var partial = output.FullName + ".partial";
        long written = 0;
        await ProgressBars.For(context.Console).StartAsync(async progress =>
        {
            var task = progress.AddTask("Exporting vouchers", maxValue: Math.Max(1, CountVouchers(context)));
            written = await Task.Run(() =>
            {
                using var writer = new StreamWriter(partial, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
                return export.Write(writer, ProgressBars.Reporter(task), cancellationToken);
            }, cancellationToken);
            task.Value = task.MaxValue;
        });
        File.Move(partial, output.FullName, overwrite: true);
        context.Console.WriteLine(Invariant($"Exported {written:N0} vouchers to {output.FullName}."));
        return ExitCodes.Success;
    }

    private static long CountVouchers(CommandContext context)
    {
        using var connection = context.Connections.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM vouchers";
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static long CountLines(FileInfo file)
    {
        using var stream = file.OpenRead();
        var buffer = new byte[1 << 16];
        long lines = 0;
        int read;
        var last = (byte)'\n';
        while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            lines += buffer.AsSpan(0, read).Count((byte)'\n');
            last = buffer[read - 1];
        }

        return last == '\n' ? lines : lines + 1;
    }

    private static string Describe(VoucherImportProblemKind kind) => kind switch
    {
        VoucherImportProblemKind.MalformedLine => "Malformed line",
        VoucherImportProblemKind.InvalidNumber => "Invalid voucher number",
        VoucherImportProblemKind.InvalidDays => "Invalid days",
        VoucherImportProblemKind.InvalidDate => "Invalid date",
        VoucherImportProblemKind.DuplicateInFile => "Duplicate in file",
        VoucherImportProblemKind.AdminEmailMismatch => "Admin e-mail mismatch",
        VoucherImportProblemKind.Refused => "Refused by the program's rules",
        VoucherImportProblemKind.ChangedWhileImporting => "Changed while importing",
        _ => kind.ToString(),
    };

    private static string Invariant(FormattableString text) => text.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
