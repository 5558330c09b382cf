using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using PlanningServicesBot.Data.Sqlite;
using PlanningServicesBot.Domain.Actors;
using PlanningServicesBot.Domain.Customers;
using PlanningServicesBot.Domain.Operations;
using PlanningServicesBot.Domain.Vouchers;

namespace PlanningServicesBot.Tests.Support;

/// <summary>A customer and voucher of the tests' own, issued through the domain like any other voucher.</summary>
public static class TestVouchers
{
    public const string Number = "TSTA-0001-ZZ9Q";
    public const string AdminEmail = "pm@tailspin.example";
    public const string Agreement = "T-7000001";

    /// <summary>Assigned 2020-12-30, so it can be used through 2021-06-28 (assigned day + 180).</summary>
    public static async Task IssueAsync(IServiceProvider services)
    {
        var customers = new SqliteCustomerRepository(services.GetRequiredService<SqliteConnectionFactory>());
        if (await customers.FindAsync(Agreement, CancellationToken.None) is null)
        {
            await customers.AddAsync(new Customer(Agreement, "Tailspin Toys", "NL", BenefitActivated: true, AdminEmail, DaysBalance: 20), CancellationToken.None);
        }

        var outcome = await services.GetRequiredService<VoucherOperations>().IssueAsync(
            new OperationKey("test-issue-" + Number),
            new SystemActor("tests"),
            new IssueVoucher(new VoucherNumber(Number), Agreement, "SDPS", 5, new LocalDate(2020, 12, 28), new LocalDate(2020, 12, 30), "Ana Project"));
        Assert.IsType<Succeeded>(outcome);
    }
}
