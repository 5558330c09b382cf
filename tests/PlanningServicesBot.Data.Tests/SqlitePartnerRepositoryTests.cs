using Microsoft.Data.Sqlite;
using NodaTime;
using PlanningServicesBot.Data.Sqlite;
using PlanningServicesBot.Domain.Partners;

namespace PlanningServicesBot.Data.Tests;

public sealed class SqlitePartnerRepositoryTests : IDisposable
{
    private readonly TestDatabase database = TestDatabase.Create();
    private readonly SqlitePartnerRepository partners;
    private readonly CancellationToken none = CancellationToken.None;

    public SqlitePartnerRepositoryTests() => partners = new SqlitePartnerRepository(database.Connections);

    public void Dispose() => database.Dispose();

    [Fact]
    public async Task APartnerIsReadBackWithEverythingItHolds()
    {
        var partner = Fixtures.Partner();
        await partners.AddAsync(partner, none);

        var found = await partners.FindAsync(partner.MpnId, none);

        Assert.NotNull(found);
        Assert.Equal((partner.MpnId, partner.Name, partner.Region), (found.MpnId, found.Name, found.Region));
        Assert.Equal(partner.Locations, found.Locations);
        Assert.Equal(partner.Users, found.Users);
        Assert.Equal(partner.Enrollments, found.Enrollments);
        Assert.Equal(partner.Competencies, found.Competencies);
        Assert.Equal(partner.SavbRegistrations, found.SavbRegistrations);
        Assert.Equal(partner.Consultants.Select(c => (c.ConsultantId, c.Name)), found.Consultants.Select(c => (c.ConsultantId, c.Name)));
        Assert.Equal(partner.Consultants.Select(c => c.PassedExams), found.Consultants.Select(c => c.PassedExams));
    }

    [Fact]
    public async Task AnUnknownPartnerIsNotFound()
    {
        await partners.AddAsync(Fixtures.Partner(), none);

        Assert.Null(await partners.FindAsync("9999999", none));
    }

    [Fact]
    public async Task EveryPartnerIsListedWithItsOwnParts()
    {
        await partners.AddAsync(Fixtures.Partner("4711002", "Northwind Planning"), none);
        await partners.AddAsync(Fixtures.Partner("4711001"), none);
        await partners.AddAsync(new Partner("4711003", "Bare Partner", Region.AsiaPacific), none);

        var listed = await partners.ListAsync(none);

        Assert.Equal(["4711001", "4711002", "4711003"], listed.Select(p => p.MpnId));
        Assert.All(listed[0].Users, u => Assert.Equal("4711001", u.MpnId));
        Assert.All(listed[1].Locations, l => Assert.StartsWith("4711002", l.LocationId, StringComparison.Ordinal));
        Assert.Empty(listed[2].Users);
        Assert.Empty(listed[2].Consultants);
    }

    [Fact]
    public async Task AUserIsFoundByTenantAndObjectId()
    {
        await partners.AddAsync(Fixtures.Partner(), none);

        var user = await partners.FindUserAsync(Fixtures.Tenant, "4711001-mpn", none);

        Assert.Equal(new PartnerUser("4711001", Fixtures.Tenant, "4711001-mpn", "Max Mpn", PartnerRole.MpnPartnerAdmin), user);
    }

    [Fact]
    public async Task TheSameObjectIdInAnotherTenantIsSomeoneElse()
    {
        await partners.AddAsync(Fixtures.Partner(), none);

        Assert.Null(await partners.FindUserAsync("another-tenant", "4711001-mpn", none));
    }

    [Fact]
    public async Task OneIdentityCannotBelongToTwoPartners()
    {
        await partners.AddAsync(Fixtures.Partner("4711001"), none);
        var intruder = new Partner("4711002", "Northwind", Region.Americas)
        {
            Users = [new PartnerUser("4711002", Fixtures.Tenant, "4711001-admin", "Ada Again", PartnerRole.GlobalAdmin)],
        };

        await Assert.ThrowsAsync<SqliteException>(() => partners.AddAsync(intruder, none));

        Assert.Null(await partners.FindAsync("4711002", none)); // the whole partner was rolled back
    }

    [Fact]
    public async Task ASavbRegistrationIsAddedOncePerOffering()
    {
        await partners.AddAsync(Fixtures.Partner(), none);
        var registration = new SavbRegistration("DDPS", new LocalDate(2021, 5, 3));

        var first = await partners.AddSavbRegistrationAsync("4711001", registration, none);
        var second = await partners.AddSavbRegistrationAsync("4711001", registration with { RegisteredOn = new LocalDate(2021, 5, 4) }, none);

        Assert.True(first);
        Assert.False(second);
        var stored = (await partners.FindAsync("4711001", none))!.FindSavbRegistration("DDPS");
        Assert.Equal(registration, stored);
    }
}
