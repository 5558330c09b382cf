using NodaTime;
using PlanningServicesBot.Data.Sqlite;
using PlanningServicesBot.Data.VoucherFiles;
using PlanningServicesBot.Domain.Calendar;
using PlanningServicesBot.Domain.Catalogue;

// Usage: PlanningServicesBot.Data.ImportChild <database file> <csv file>
// Prints "written N" as rows are written inside the import transaction, then "committed N" or "refused N".
if (args.Length != 2)
{
    Console.Error.WriteLine("usage: PlanningServicesBot.Data.ImportChild <database file> <csv file>");
    return 2;
}

var connections = new SqliteConnectionFactory($"Data Source={args[0]}");
var import = new VoucherImport(connections, ProgramCalendar.Default, ProgramCatalogue.Default, SystemClock.Instance);
using var csv = File.OpenText(args[1]);
var result = import.Import(csv, new ConsoleProgress());
Console.WriteLine(result.Succeeded ? $"committed {result.ImportedCount}" : $"refused {result.Problems.Count}");
return result.Succeeded ? 0 : 1;

internal sealed class ConsoleProgress : IProgress<long>
{
    public void Report(long value) => Console.WriteLine($"written {value}");
}
