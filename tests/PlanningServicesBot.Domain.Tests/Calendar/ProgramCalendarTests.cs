using NodaTime;
using NodaTime.Text;
using PlanningServicesBot.Domain.Calendar;

namespace PlanningServicesBot.Domain.Tests.Calendar;

public class ProgramCalendarTests
{
    private static readonly ProgramCalendar Calendar = ProgramCalendar.Default;

    [Theory]
    [InlineData("2021-01-10", "2021-01-10", "2021-07-09", DeadlineRule.VoucherLife)]
    [InlineData("2021-06-30", "2021-06-30", "2021-12-27", DeadlineRule.VoucherLife)]
    [InlineData("2021-06-15", "2021-06-20", "2021-12-17", DeadlineRule.VoucherLife)]
    [InlineData("2020-03-31", "2020-03-31", "2020-12-26", DeadlineRule.CovidExtension)]
    [InlineData("2020-04-01", "2020-04-01", "2020-09-28", DeadlineRule.VoucherLife)]
    [InlineData("2020-03-31", "2021-06-30", "2022-01-01", DeadlineRule.LastRedemptionDay)]
    [InlineData("2021-01-01", "2021-07-05", "2022-01-01", DeadlineRule.VoucherLife)]
    [InlineData("2021-01-01", "2021-07-06", "2022-01-01", DeadlineRule.LastRedemptionDay)]
    public void VoucherLastDayIsAssignmentPlusLifeAndNeverAfterTheLastRedemptionDay(string created, string assigned, string lastDay, DeadlineRule rule)
    {
        var result = Calendar.VoucherLastDay(Date(created), Date(assigned));

        Assert.Equal(new LastDay(Date(lastDay), rule), result);
    }

    [Theory]
    [InlineData("2021-11-02", "2022-01-01")]
    [InlineData("2022-01-01", "2022-03-02")]
    public void PaymentMayBeRequestedThroughSixtyDaysAfterRedemption(string redeemed, string lastDay)
    {
        Assert.Equal(new LastDay(Date(lastDay), DeadlineRule.PaymentWindow), Calendar.PaymentLastDay(Date(redeemed)));
    }

    [Fact]
    public void ADayEndsAtTheStartOfTheNextDayInTheProgramZone()
    {
        Assert.Equal(Instant.FromUtc(2022, 1, 2, 0, 0), Calendar.EndOf(Date("2022-01-01")));
        Assert.Equal(Instant.FromUtc(2022, 1, 1, 0, 0), Calendar.StartOf(Date("2022-01-01")));
    }

    [Fact]
    public void InAPacificProgramZoneADayEndsAtLocalMidnight()
    {
        var pacific = Calendar with { TimeZone = "America/Los_Angeles" };

        Assert.Equal(Instant.FromUtc(2022, 1, 2, 8, 0), pacific.EndOf(Date("2022-01-01")));
        Assert.Equal(Date("2022-01-01"), pacific.Today(Instant.FromUtc(2022, 1, 2, 7, 59)));
        Assert.Equal(Date("2022-01-02"), pacific.Today(Instant.FromUtc(2022, 1, 2, 8, 0)));
    }

    [Fact]
    public void TodayInUtcChangesAtUtcMidnight()
    {
        Assert.Equal(Date("2021-06-30"), Calendar.Today(Instant.FromUtc(2021, 6, 30, 23, 59, 59)));
        Assert.Equal(Date("2021-07-01"), Calendar.Today(Instant.FromUtc(2021, 7, 1, 0, 0)));
    }

    [Fact]
    public void DefaultsAreTheDocumentedProgramDates()
    {
        Assert.Equal("Etc/UTC", Calendar.TimeZone);
        Assert.Equal(Date("2020-02-01"), Calendar.CloudEngagementsRetired);
        Assert.Equal(Date("2020-02-01"), Calendar.TrainingConversionEnded);
        Assert.Equal(Date("2021-02-01"), Calendar.AccrualEnded);
        Assert.Equal(Date("2021-06-30"), Calendar.LastAssignmentDay);
        Assert.Equal(Date("2021-07-01"), Calendar.RemainingDaysRemoved);
        Assert.Equal(Date("2022-01-01"), Calendar.LastRedemptionDay);
        Assert.Equal((60, 180, 90, 3), (Calendar.PaymentWindowDays, Calendar.VoucherLifeDays, Calendar.CovidExtensionDays, Calendar.MaxOffsiteDays));
        Assert.Equal(Date("2020-04-01"), Calendar.CovidExtensionCreatedBefore);
        Assert.Equal(Date("2020-06-30"), Calendar.RemoteDeliveryAllowedThrough);
        Assert.Equal([1, 3, 5, 10, 15], Calendar.AllowedLengths);
        Assert.Empty(Calendar.Validate());
    }

    [Fact]
    public void ValidationNamesEveryUnusableSetting()
    {
        var broken = Calendar with
        {
            TimeZone = "Mars/Olympus_Mons",
            AllowedLengths = [],
            LastAssignmentDay = Date("2022-02-01"),
            VoucherNumberPattern = "([A-Z",
        };

        var problems = broken.Validate();

        Assert.Equal(4, problems.Count);
        Assert.Contains(problems, p => p.Contains("Mars/Olympus_Mons", StringComparison.Ordinal));
    }

    [Fact]
    public void DatesCanBeConfiguredAsIsoStrings()
    {
        var converter = System.ComponentModel.TypeDescriptor.GetConverter(typeof(LocalDate));

        Assert.Equal(Date("2021-06-30"), converter.ConvertFromInvariantString("2021-06-30"));
    }

    private static LocalDate Date(string text) => LocalDatePattern.Iso.Parse(text).Value;
}
