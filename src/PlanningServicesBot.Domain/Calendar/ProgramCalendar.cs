using NodaTime;

namespace PlanningServicesBot.Domain.Calendar;

/// <summary>
/// The program's dates and windows, each a named setting with its documented default.
/// "Through day X" means until the end of X in <see cref="TimeZone"/>.
/// </summary>
public sealed record ProgramCalendar
{
    /// <summary>The defaults, as documented by the program.</summary>
    public static ProgramCalendar Default { get; } = new();

    /// <summary>IANA id of the zone all program days are counted in.</summary>
    public string TimeZone { get; init; } = "Etc/UTC";

    /// <summary>Cloud engagements could no longer be reserved from this day.</summary>
    public LocalDate CloudEngagementsRetired { get; init; } = new(2020, 2, 1);

    /// <summary>Training vouchers could no longer be converted into Planning Services days from this day.</summary>
    public LocalDate TrainingConversionEnded { get; init; } = new(2020, 2, 1);

    /// <summary>Customers stopped accruing Planning Services days from this day.</summary>
    public LocalDate AccrualEnded { get; init; } = new(2021, 2, 1);

    /// <summary>The last day a customer could create or assign a voucher.</summary>
    public LocalDate LastAssignmentDay { get; init; } = new(2021, 6, 30);

    /// <summary>Remaining Planning Services days were removed on this day.</summary>
    public LocalDate RemainingDaysRemoved { get; init; } = new(2021, 7, 1);

    /// <summary>The last day a voucher may be redeemed (and so reserved or delivered).</summary>
    public LocalDate LastRedemptionDay { get; init; } = new(2022, 1, 1);

    /// <summary>Payment may be requested through this many days after the redemption day.</summary>
    public int PaymentWindowDays { get; init; } = 60;

    /// <summary>A voucher may be reserved, delivered and redeemed through this many days after its assignment day.</summary>
    public int VoucherLifeDays { get; init; } = 180;

    /// <summary>Extra days of life for vouchers created before <see cref="CovidExtensionCreatedBefore"/>.</summary>
    public int CovidExtensionDays { get; init; } = 90;

    /// <summary>Vouchers created before this day get the COVID-19 extension.</summary>
    public LocalDate CovidExtensionCreatedBefore { get; init; } = new(2020, 4, 1);

    /// <summary>Fully remote delivery was allowed for engagements ending through this day.</summary>
    public LocalDate RemoteDeliveryAllowedThrough { get; init; } = new(2020, 6, 30);

    /// <summary>At most this many days of an on-site engagement may be delivered off-site.</summary>
    public int MaxOffsiteDays { get; init; } = 3;

    /// <summary>The engagement lengths, in days, a voucher may have.</summary>
    public IReadOnlyList<int> AllowedLengths { get; init; } = [1, 3, 5, 10, 15];

    /// <summary>
    /// The regular expression a normalised voucher number (upper case, groups joined by '-') must match.
    /// Default: three groups of four letters or digits, e.g. 7K2Q-XJ4M-0B9C.
    /// </summary>
    public string VoucherNumberPattern { get; init; } = "^[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}$";

    /// <summary>Whether reserving needs an enrollment in the offering for the current calendar year (the annual re-enrollment rule).</summary>
    public bool RequireCurrentYearEnrollment { get; init; } = true;

    /// <summary>The program zone, resolved from <see cref="TimeZone"/> in the TZDB.</summary>
    /// <exception cref="NodaTime.TimeZones.DateTimeZoneNotFoundException">The zone id is not known to the TZDB.</exception>
    public DateTimeZone Zone => DateTimeZoneProviders.Tzdb[TimeZone];

    /// <summary>The program day it is at <paramref name="now"/>.</summary>
    public LocalDate Today(Instant now) => now.InZone(Zone).Date;

    /// <summary>The instant day <paramref name="day"/> starts in the program zone.</summary>
    public Instant StartOf(LocalDate day) => Zone.AtStartOfDay(day).ToInstant();

    /// <summary>The instant day <paramref name="day"/> ends in the program zone (the start of the next day): the deadline for "through <paramref name="day"/>".</summary>
    public Instant EndOf(LocalDate day) => StartOf(day.PlusDays(1));

    /// <summary>
    /// The last day a voucher assigned on <paramref name="assignedOn"/> may be reserved, delivered and redeemed:
    /// assignment + life (+ COVID extension when created before the cut-off), never after the last redemption day.
    /// </summary>
    public LastDay VoucherLastDay(LocalDate createdOn, LocalDate assignedOn)
    {
        var extended = createdOn < CovidExtensionCreatedBefore;
        var lifeEnds = assignedOn.PlusDays(VoucherLifeDays + (extended ? CovidExtensionDays : 0));
        return lifeEnds <= LastRedemptionDay
            ? new LastDay(lifeEnds, extended ? DeadlineRule.CovidExtension : DeadlineRule.VoucherLife)
            : new LastDay(LastRedemptionDay, DeadlineRule.LastRedemptionDay);
    }

    /// <summary>The last day payment may be requested for a voucher redeemed on <paramref name="redeemedOn"/>.</summary>
    public LastDay PaymentLastDay(LocalDate redeemedOn) =>
        new(redeemedOn.PlusDays(PaymentWindowDays), DeadlineRule.PaymentWindow);

    /// <summary>Every problem with these settings; empty when they are usable.</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (DateTimeZoneProviders.Tzdb.GetZoneOrNull(TimeZone) is null)
        {
            problems.Add($"{nameof(TimeZone)} '{TimeZone}' is not an IANA time zone id");
        }

        if (PaymentWindowDays < 0 || VoucherLifeDays < 0 || CovidExtensionDays < 0 || MaxOffsiteDays < 0)
        {
            problems.Add("day counts must not be negative");
        }

        if (AllowedLengths.Count == 0 || AllowedLengths.Any(days => days <= 0))
        {
            problems.Add($"{nameof(AllowedLengths)} must list positive day counts");
        }

        if (LastAssignmentDay > LastRedemptionDay)
        {
            problems.Add($"{nameof(LastAssignmentDay)} must not be after {nameof(LastRedemptionDay)}");
        }

        try
        {
            _ = new System.Text.RegularExpressions.Regex(VoucherNumberPattern);
        }
        catch (ArgumentException)
        {
            problems.Add($"{nameof(VoucherNumberPattern)} is not a valid regular expression");
        }

        return problems;
    }
}
