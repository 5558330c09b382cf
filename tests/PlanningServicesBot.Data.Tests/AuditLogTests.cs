using Microsoft.Data.Sqlite;
using PlanningServicesBot.Data.Sqlite;

namespace PlanningServicesBot.Data.Tests;

public sealed class AuditLogTests
{
    [Theory]
    [InlineData("UPDATE audit_log SET reason = 'Redeem';")]
    [InlineData("UPDATE audit_log SET actor_id = 'someone-else' WHERE id = 1;")]
    [InlineData("DELETE FROM audit_log;")]
    [InlineData("DELETE FROM audit_log WHERE id = 1;")]
    public async Task TheAuditLogCannotBeChangedOrErased(string tampering)
    {
        using var database = TestDatabase.Create();
        await new SqliteCustomerRepository(database.Connections).AddAsync(Fixtures.Customer(), CancellationToken.None);
        await new SqliteVoucherRepository(database.Connections).CommitAsync(Fixtures.Issue(Fixtures.AssignedVoucher(), "issue-1"), CancellationToken.None);

        var error = Assert.Throws<SqliteException>(() => database.Execute(tampering));

        Assert.Contains("append-only", error.Message, StringComparison.Ordinal);
        Assert.Equal("Issue", database.Text("SELECT reason FROM audit_log;"));
        Assert.Equal(1, database.Scalar("SELECT COUNT(*) FROM audit_log WHERE actor_id LIKE 'partner:%';"));
    }
}
