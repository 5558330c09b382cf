using System.Diagnostics;
using System.Globalization;
using System.Text;
using PlanningServicesBot.Data.Sqlite;

namespace PlanningServicesBot.Data.Tests;

/// <summary>An import running in a child process, killed with SIGKILL, must leave the database intact and all-or-nothing.</summary>
public sealed class ImportCrashTests : IDisposable
{
    private readonly TestDatabase database = TestDatabase.Create();

    public void Dispose() => database.Dispose();

    [Fact]
    public async Task AnImportKilledWhileWritingLeavesAnIntactDatabaseWithNoneOfItsRows()
    {
        const int rows = 300_000;
        var csv = await GivenAFileAsync(rows);
        using var child = StartChild(csv);

        var seen = await ReadUntilAsync(child, line => line.StartsWith("written ", StringComparison.Ordinal) || line.StartsWith("committed", StringComparison.Ordinal));
        child.Kill(); // SIGKILL: no finally blocks, no rollback, no cleanup in the child
        await child.WaitForExitAsync();

        Assert.StartsWith("written ", seen, StringComparison.Ordinal); // it was inside the import transaction when killed
        Assert.Equal("ok", database.Text("PRAGMA integrity_check;"));
        Assert.Equal(0, database.Scalar("SELECT COUNT(*) FROM vouchers WHERE number LIKE 'KILL-%';"));
        Assert.Equal(0, database.Scalar("SELECT COUNT(*) FROM audit_log;"));
        Assert.Equal(1_000_000, database.Scalar("SELECT days_balance FROM customers WHERE agreement_number = 'E-1001';"));
    }

    [Fact]
    public async Task AnImportLeftToFinishInTheChildHasAllOfItsRows()
    {
        const int rows = 20_000;
        var csv = await GivenAFileAsync(rows);
        using var child = StartChild(csv);

        var last = await ReadUntilAsync(child, line => !line.StartsWith("written ", StringComparison.Ordinal));
        await child.WaitForExitAsync();

        Assert.Equal($"committed {rows}", last);
        Assert.Equal(0, child.ExitCode);
        Assert.Equal("ok", database.Text("PRAGMA integrity_check;"));
        Assert.Equal(rows, database.Scalar("SELECT COUNT(*) FROM vouchers WHERE number LIKE 'KILL-%';"));
    }

    private async Task<string> GivenAFileAsync(int rows)
    {
        await new SqliteCustomerRepository(database.Connections)
            .AddAsync(Fixtures.Customer("E-1001", daysBalance: 1_000_000), CancellationToken.None);
        var text = new StringBuilder("number,agreement,offering,days,created,assigned,admin_email\n", rows * 80);
        for (var i = 0; i < rows; i++)
        {
            text.Append(CultureInfo.InvariantCulture,
                $"KILL-{i / 10_000:D4}-{i % 10_000:D4},E-1001,SSDPS,1,2021-04-01,2021-04-02,sa-admin@contoso.example\n");
        }

        var path = Path.Combine(database.Folder, "vouchers.csv");
        await File.WriteAllTextAsync(path, text.ToString());
        return path;
    }

    private Process StartChild(string csv)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "PlanningServicesBot.Data.ImportChild.dll"));
        start.ArgumentList.Add(database.Path);
        start.ArgumentList.Add(csv);
        return Process.Start(start) ?? throw new InvalidOperationException("The import child did not start.");
    }

    private static async Task<string> ReadUntilAsync(Process child, Func<string, bool> wanted)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        while (await child.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            if (wanted(line))
            {
                return line;
            }
        }

        throw new InvalidOperationException($"The import child ended without the expected output: {await child.StandardError.ReadToEndAsync()}");
    }
}
