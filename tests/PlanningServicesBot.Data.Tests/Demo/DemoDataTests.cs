using PlanningServicesBot.Data.Demo;
using PlanningServicesBot.Data.Sqlite;
using PlanningServicesBot.Domain.Calendar;
using PlanningServicesBot.Domain.Catalogue;
using PlanningServicesBot.Domain.Eligibility;
using PlanningServicesBot.Domain.Partners;
using PlanningServicesBot.Domain.Refusals;
using PlanningServicesBot.Domain.Vouchers;

namespace PlanningServicesBot.Data.Tests.Demo;

/// <summary>What the demo database holds on the demo date, read back through the repositories and judged by the domain's rules.</summary>
public sealed class DemoDataTests(SeededDemo demo) : IClassFixture<SeededDemo>
{
    private static readonly EligibilityCheck Eligibility = new(SeededDemo.Catalogue, SeededDemo.Calendar);

    [Fact]
    public void SeedingAFreshDatabaseWritesEverything()
    {
        Assert.Equal(DemoSeedOutcome.Seeded, demo.Result.Outcome);
        Assert.Equal((demo.Partners.Count, demo.Customers.Count, demo.Vouchers.Count), (demo.Result.Partners, demo.Result.Customers, demo.Result.Vouchers));
    }

    [Fact]
    public void AtLeastFivePartnersSpanEveryRegion()
    {
        Assert.True(demo.Partners.Count >= 5);
        Assert.Equal(Enum.GetValues<Region>().Order(), demo.Partners.Select(p => p.Region).Distinct().Order());
    }

    [Fact]
    public void EveryPartnerHasAUserOfEveryRoleInTheDemoTenant()
    {
        foreach (var partner in demo.Partners)
        {
            Assert.Equal(Enum.GetValues<PartnerRole>().Order(), partner.Users.Select(u => u.Role).Distinct().Order());
            Assert.All(partner.Users, u => Assert.Equal(DemoIdentities.TenantId, u.TenantId));
        }
    }

    [Fact]
    public async Task EveryDemoIdentityResolvesToAUserOfItsPartnerAndRole()
    {
        var repository = new SqlitePartnerRepository(demo.Database.Connections);
        Assert.Equal(DemoIdentities.Users.Count, DemoIdentities.Users.Select(u => u.AadObjectId).Distinct().Count());
        foreach (var identity in DemoIdentities.Users)
        {
            Assert.True(Guid.TryParse(identity.AadObjectId, out _), identity.AadObjectId);
            var user = await repository.FindUserAsync(DemoIdentities.TenantId, identity.AadObjectId, default);
            Assert.NotNull(user);
            Assert.Equal((identity.MpnId, identity.Role, identity.DisplayName), (user.MpnId, user.Role, user.DisplayName));
            Assert.Equal(identity.PartnerName, demo.Partners.Single(p => p.MpnId == user.MpnId).Name);
        }
    }

    [Fact]
    public void PartnersHaveLocationsInSeveralCountries()
    {
        Assert.True(demo.Partners.SelectMany(p => p.Locations).Select(l => l.CountryCode).Distinct().Count() >= 10);
    }

    [Fact]
    public void SomeCompetencyLapsedBeforeTheDemoDate()
    {
        var lapsed = AllShortfalls().OfType<CompetencyLapsed>().ToList();
        Assert.NotEmpty(lapsed);
        Assert.All(lapsed, c => Assert.True(c.ValidUntil < demo.DemoDate));
    }

    [Fact]
    public void SomePartnerHoldsSilverWhereGoldIsNeeded()
    {
        var silverOnly =
            from partner in demo.Partners
            from engagement in SeededDemo.Catalogue.Engagements
            where engagement.QualifyingCompetencies.All(r => r.MinimumLevel == CompetencyLevel.Gold)
            where Eligibility.Evaluate(partner, engagement.Id, null, null, demo.DemoDate).Unmet.Any(r => r.Shortfall is CompetencyMissing)
            where partner.Competencies.Any(c => c.Level == CompetencyLevel.Silver && engagement.QualifyingCompetencies.Any(r => r.Name == c.Name))
            select (partner.MpnId, engagement.Id);
        Assert.NotEmpty(silverOnly);
    }

    [Fact]
    public void SomeConsultantLacksTheExamsOfEngagementsTheirPartnerMayDeliver()
    {
        var lacking =
            from partner in demo.Partners
            from engagement in SeededDemo.Catalogue.Engagements
            where Eligibility.Evaluate(partner, engagement.Id, null, null, demo.DemoDate).IsEligible
            from consultant in partner.Consultants
            where Eligibility.Evaluate(partner, engagement.Id, consultant.ConsultantId, null, demo.DemoDate).Unmet.Any(r => r.Shortfall is ConsultantLacksExam)
            select consultant.ConsultantId;
        Assert.NotEmpty(lacking);
    }

    [Fact]
    public void OnePartnerIsNotEnrolledForTheYearInAnOfferingItWasEnrolledInBefore()
    {
        var notEnrolled = AllShortfalls().OfType<NotEnrolled>().Where(n => n.Year == demo.DemoDate.Year).ToList();
        Assert.Contains(demo.Partners, p => notEnrolled.Any(n =>
            p.Enrollments.Any(e => e.Offering == n.Offering && e.Year < n.Year) && p.Enrollments.All(e => e.Offering != n.Offering || e.Year != n.Year)));
    }

    [Fact]
    public void OnePartnerHasNotSignedTheAgreementForTheYear()
    {
        Assert.Contains(AllShortfalls().OfType<AgreementNotSigned>(), a => a.Year == demo.DemoDate.Year);
    }

    [Fact]
    public void SomePartnersAreRegisteredInSavbAndOneStillHasToRegisterForARedeemedOffering()
    {
        Assert.True(demo.Partners.Count(p => p.SavbRegistrations.Count > 0) >= 3);
        Assert.Contains(demo.Vouchers, v => v.State == VoucherState.Redeemed
            && demo.Partners.Single(p => p.MpnId == v.PartnerMpnId).FindSavbRegistration(v.Offering) is null);
    }

    [Fact]
    public void EverySavbRegistrationFollowsARedemptionOfThatPartnerInThatOffering()
    {
        foreach (var partner in demo.Partners)
        {
            foreach (var registration in partner.SavbRegistrations)
            {
                Assert.Contains(demo.Vouchers, v => v.PartnerMpnId == partner.MpnId && v.Offering == registration.Offering
                    && v.RedeemedOn is { } redeemed && redeemed <= registration.RegisteredOn);
            }
        }
    }

    [Fact]
    public void AtLeastTwentyCustomersInCountriesOfEveryRegionWithContosoAdminEmails()
    {
        Assert.True(demo.Customers.Count >= 20);
        var countries = demo.Customers.Values.Select(c => c.CountryCode).ToHashSet();
        Assert.True(countries.Overlaps(["DE", "GB", "FR", "ZA"]) && countries.Overlaps(["US", "BR", "CA"]) && countries.Overlaps(["JP", "AU", "IN"]));
        Assert.All(demo.Customers.Values, c => Assert.Matches(@"^pm@contoso-\d+\.example$", c.VoucherAdminEmail));
        Assert.All(demo.Customers.Values, c => Assert.True(c.DaysBalance >= 0));
        Assert.Contains(demo.Customers.Values, c => !c.BenefitActivated);
        Assert.Contains(demo.Customers.Values, c => c.BenefitActivated && c.DaysBalance > 0 && demo.Vouchers.All(v => v.AgreementNumber != c.AgreementNumber));
    }

    [Fact]
    public void AtLeastTwoHundredVouchersWithNumbersInTheConfiguredFormat()
    {
        Assert.True(demo.Vouchers.Count >= 200);
        var format = new VoucherNumberFormat(SeededDemo.Calendar.VoucherNumberPattern);
        Assert.All(demo.Vouchers, v => Assert.Equal(v.Number, format.ParseOrNull(v.Number.Value)));
    }

    public static TheoryData<VoucherStatus> Statuses => new(Enum.GetValues<VoucherStatus>());

    [Theory]
    [MemberData(nameof(Statuses))]
    public void EveryStatusIsPresentOnTheDemoDate(VoucherStatus status)
    {
        Assert.Contains(demo.Vouchers, v => demo.StatusOf(v) == status);
    }

    [Fact]
    public void EveryOfferingHasAVoucherOfEveryAllowedLength()
    {
        var held = demo.Vouchers.Select(v => (v.Offering, v.Days)).ToHashSet();
        foreach (var offering in SeededDemo.Catalogue.Offerings)
        {
            foreach (var days in SeededDemo.Calendar.AllowedLengths)
            {
                Assert.Contains((offering.Acronym, days), held);
            }
        }
    }

    [Fact]
    public void AVoucherExpiresToday()
    {
        Assert.Contains(demo.Vouchers, v => v.IsOpen && v.LastDay(SeededDemo.Calendar).Date == demo.DemoDate && demo.StatusOf(v) != VoucherStatus.Expired);
    }

    [Fact]
    public void AVoucherExpiresTomorrow()
    {
        Assert.Contains(demo.Vouchers, v => v.IsOpen && v.LastDay(SeededDemo.Calendar).Date == demo.DemoDate.PlusDays(1));
    }

    [Fact]
    public void AVoucherCreatedBeforeTheCovidCutoffIsStillUsableThanksToItsExtension()
    {
        Assert.Contains(demo.Vouchers, v => v.LastDay(SeededDemo.Calendar).SetBy == DeadlineRule.CovidExtension
            && v.CreatedOn < SeededDemo.Calendar.CovidExtensionCreatedBefore
            && v.AssignedOn.PlusDays(SeededDemo.Calendar.VoucherLifeDays) < demo.DemoDate
            && demo.StatusOf(v) is not VoucherStatus.Expired);
    }

    [Fact]
    public void AVoucherHasItsLastDayCappedByTheLastRedemptionDay()
    {
        Assert.Contains(demo.Vouchers, v => v.LastDay(SeededDemo.Calendar) == new LastDay(SeededDemo.Calendar.LastRedemptionDay, DeadlineRule.LastRedemptionDay));
    }

    [Fact]
    public void AReservationIsForARetiredCloudEngagementReservedBeforeItsRetirement()
    {
        Assert.Contains(demo.Vouchers, v => v.Reservation is { } r
            && SeededDemo.Catalogue.FindRetiredEngagement(r.EngagementId) is { } retired
            && r.ReservedOn < retired.RetiredOn
            && retired.Offering == v.Offering);
    }

    [Fact]
    public void ARedeemedVouchersPaymentWindowClosesThisWeek()
    {
        Assert.Contains(demo.Vouchers, v => v.State == VoucherState.Redeemed
            && SeededDemo.Calendar.PaymentLastDay(v.RedeemedOn!.Value).Date is var last
            && last >= demo.DemoDate && last < demo.DemoDate.PlusDays(7));
    }

    [Fact]
    public void SomeRedeemedVouchersPaymentWindowHasClosed()
    {
        Assert.Contains(demo.Vouchers, v => v.State == VoucherState.Redeemed
            && SeededDemo.Calendar.PaymentLastDay(v.RedeemedOn!.Value).Date < demo.DemoDate);
    }

    [Fact]
    public void AReservationIsAtALocationInAnotherCountryThanTheCustomers()
    {
        Assert.Contains(demo.Vouchers, v => v.State == VoucherState.Reserved && v.Reservation is { } r
            && demo.Partners.Single(p => p.MpnId == r.MpnId).FindLocation(r.LocationId)?.CountryCode == r.DeliveryCountry
            && r.DeliveryCountry != demo.Customers[v.AgreementNumber].CountryCode);
    }

    [Fact]
    public void AVoucherWasDeliveredRemotelyUnderTheCovidWaiver()
    {
        Assert.Contains(demo.Vouchers, v => v.Reservation is { RemoteDelivery: true } r
            && r.PlannedEnd <= SeededDemo.Calendar.RemoteDeliveryAllowedThrough && v.CompletionReport is not null);
    }

    [Fact]
    public void EveryReservationIsAtALocationOfItsPartnerInTheDeliveryCountryWithOneOfItsConsultants()
    {
        foreach (var voucher in demo.Vouchers.Where(v => v.Reservation is not null))
        {
            var reservation = voucher.Reservation!;
            var partner = demo.Partners.Single(p => p.MpnId == reservation.MpnId);
            Assert.Equal(reservation.DeliveryCountry, partner.FindLocation(reservation.LocationId)?.CountryCode);
            Assert.NotNull(partner.FindConsultant(reservation.ConsultantId));
        }
    }

    [Fact]
    public async Task EveryVouchersAuditLogTellsItsStoryFromIssueToItsState()
    {
        var repository = new SqliteVoucherRepository(demo.Database.Connections);
        foreach (var voucher in demo.Vouchers)
        {
            var audit = await repository.ListAuditAsync(voucher.Number, default);
            Assert.Equal(VoucherTransition.Issue, audit[0].Reason);
            Assert.Equal(voucher.State, audit[^1].To);
            Assert.Equal(voucher.Version, audit.Count);
            Assert.Equal(audit.OrderBy(a => a.At).Select(a => a.OperationKey), audit.Select(a => a.OperationKey));
        }
    }

    [Fact]
    public void NoBalanceIsOverdrawnAndOneCustomerHasTurnedEveryDayIntoVouchers()
    {
        Assert.All(demo.Customers.Values, c => Assert.True(c.DaysBalance >= 0));
        Assert.Contains(demo.Customers.Values, c => c.DaysBalance == 0 && demo.Vouchers.Any(v => v.AgreementNumber == c.AgreementNumber));
    }

    public static TheoryData<string, VoucherStatus> WellKnownVouchers => new()
    {
        { nameof(DemoVouchers.StatusCheck), VoucherStatus.Assigned },
        { nameof(DemoVouchers.ReadyToReserve), VoucherStatus.Assigned },
        { nameof(DemoVouchers.ReadyForCompletionReport), VoucherStatus.Reserved },
        { nameof(DemoVouchers.ReadyToRedeem), VoucherStatus.Delivered },
        { nameof(DemoVouchers.ExpiresToday), VoucherStatus.Assigned },
        { nameof(DemoVouchers.ExpiresTomorrow), VoucherStatus.Assigned },
        { nameof(DemoVouchers.CovidExtended), VoucherStatus.Reserved },
        { nameof(DemoVouchers.RemoteDuringCovid), VoucherStatus.Paid },
        { nameof(DemoVouchers.CappedByLastRedemptionDay), VoucherStatus.Assigned },
        { nameof(DemoVouchers.RetiredEngagement), VoucherStatus.Expired },
        { nameof(DemoVouchers.PaymentWindowClosingThisWeek), VoucherStatus.Redeemed },
        { nameof(DemoVouchers.ReservedAbroad), VoucherStatus.Reserved },
        { nameof(DemoVouchers.ReservationCancelled), VoucherStatus.Assigned },
        { nameof(DemoVouchers.SavbRegistrationPending), VoucherStatus.Redeemed },
        { nameof(DemoVouchers.Expired), VoucherStatus.Expired },
        { nameof(DemoVouchers.Paid), VoucherStatus.Paid },
    };

    [Theory]
    [MemberData(nameof(WellKnownVouchers))]
    public void EachWellKnownVoucherIsFoundByItsAdminEmailInItsStatus(string name, VoucherStatus status)
    {
        var known = (DemoVoucher)typeof(DemoVouchers).GetProperty(name)!.GetValue(null)!;
        var voucher = demo.Voucher(known);
        Assert.Equal(known.AgreementNumber, voucher.AgreementNumber);
        Assert.True(demo.Customers[voucher.AgreementNumber].IsVoucherAdmin(known.AdminEmail));
        Assert.Equal(status, demo.StatusOf(voucher));
    }

    [Fact]
    public void EveryWellKnownVoucherIsListedOnce()
    {
        Assert.Equal(WellKnownVouchers.Count, DemoVouchers.All.Count);
        Assert.Equal(DemoVouchers.All.Count, DemoVouchers.All.Select(v => v.Number).Distinct().Count());
    }

    private IEnumerable<Refusal> AllShortfalls() =>
        from partner in demo.Partners
        from engagement in SeededDemo.Catalogue.Engagements
        from check in Eligibility.Evaluate(partner, engagement.Id, null, null, demo.DemoDate).Unmet
        select check.Shortfall!;
}
