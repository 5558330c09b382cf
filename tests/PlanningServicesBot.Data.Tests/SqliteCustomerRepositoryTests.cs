using PlanningServicesBot.Data.Sqlite;

namespace PlanningServicesBot.Data.Tests;

public sealed class SqliteCustomerRepositoryTests : IDisposable
{
    private readonly TestDatabase database = TestDatabase.Create();
    private readonly SqliteCustomerRepository customers;

    public SqliteCustomerRepositoryTests() => customers = new SqliteCustomerRepository(database.Connections);

    public void Dispose() => database.Dispose();

    [Fact]
    public async Task ACustomerIsFoundByItsAgreementNumber()
    {
        var customer = Fixtures.Customer() with { BenefitActivated = false, DaysBalance = 0 };
        await customers.AddAsync(customer, CancellationToken.None);
        await customers.AddAsync(Fixtures.Customer("E-2002"), CancellationToken.None);

        Assert.Equal(customer, await customers.FindAsync("E-1001", CancellationToken.None));
        Assert.Null(await customers.FindAsync("E-3003", CancellationToken.None));
        Assert.Equal(["E-1001", "E-2002"], (await customers.ListAsync(CancellationToken.None)).Select(c => c.AgreementNumber));
    }
}
