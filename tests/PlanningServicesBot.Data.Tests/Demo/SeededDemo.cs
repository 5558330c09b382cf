using NodaTime;
using PlanningServicesBot.Data.Demo;
using PlanningServicesBot.Data.Sqlite;
using PlanningServicesBot.Domain.Calendar;
using PlanningServicesBot.Domain.Catalogue;
using PlanningServicesBot.Domain.Customers;
using PlanningServicesBot.Domain.Partners;
using PlanningServicesBot.Domain.Vouchers;

namespace PlanningServicesBot.Data.Tests.Demo;

/// <summary>A database seeded with the demo data for the default demo date, read back through the repositories.</summary>
public sealed class SeededDemo : IAsyncLifetime
{
    public static readonly ProgramCalendar Calendar = ProgramCalendar.Default;
    public static readonly ProgramCatalogue Catalogue = ProgramCatalogue.Default;

    public TestDatabase Database { get; } = TestDatabase.Create();

    public LocalDate DemoDate => DemoData.DefaultDate;

    public DemoSeedResult Result { get; private set; } = null!;

    public IReadOnlyList<Partner> Partners { get; private set; } = [];

    public IReadOnlyDictionary<string, Customer> Customers { get; private set; } = new Dictionary<string, Customer>();

    public IReadOnlyList<Voucher> Vouchers { get; private set; } = [];

    public async Task InitializeAsync()
    {
        Result = await new DemoData(Database.Connections, Calendar, Catalogue).SeedAsync(DemoDate);
        Partners = await new SqlitePartnerRepository(Database.Connections).ListAsync(default);
        Customers = (await new SqliteCustomerRepository(Database.Connections).ListAsync(default)).ToDictionary(c => c.AgreementNumber);
        Vouchers = await LoadVouchersAsync(Database);
    }

    public Task DisposeAsync()
    {
        Database.Dispose();
        return Task.CompletedTask;
    }

    public VoucherStatus StatusOf(Voucher voucher) => voucher.StatusOn(DemoDate, Calendar);

    public Voucher Voucher(DemoVoucher demo) => Vouchers.Single(v => v.Number.Value == demo.Number);

    /// <summary>Every voucher in the database, each loaded through the voucher repository.</summary>
    public static async Task<IReadOnlyList<Voucher>> LoadVouchersAsync(TestDatabase database)
    {
        var numbers = new List<string>();
        using (var connection = database.Connections.Open())
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT number FROM vouchers ORDER BY number";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                numbers.Add(reader.GetString(0));
            }
        }

        var repository = new SqliteVoucherRepository(database.Connections);
        var vouchers = new List<Voucher>();
        foreach (var number in numbers)
        {
            vouchers.Add(await repository.FindAsync(new VoucherNumber(number), default) ?? throw new InvalidOperationException(number));
        }

        return vouchers;
    }
}
