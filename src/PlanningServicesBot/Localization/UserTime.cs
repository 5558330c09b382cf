using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace PlanningServicesBot.Localization;

/// <summary>Shows instants and days to one user: in their time zone (from the channel, else the program's) and language.</summary>
public sealed class UserTime(DateTimeZone zone, CultureInfo culture)
{
    public DateTimeZone Zone => zone;

    public CultureInfo Culture => culture;

    /// <summary>The user's zone when the channel named a known IANA zone, else the fallback (the program zone).</summary>
    public static DateTimeZone ZoneFor(string? localTimezone, DateTimeZone fallback) =>
        string.IsNullOrWhiteSpace(localTimezone)
            ? fallback
            : DateTimeZoneProviders.Tzdb.GetZoneOrNull(localTimezone.Trim()) ?? fallback;

    /// <summary>The long date of a program day, e.g. "Monday, 3 May 2021" (no zone conversion: a day is a day).</summary>
    public string Day(LocalDate day) => LocalDatePattern.Create("D", culture).Format(day);

    /// <summary>The date and time an instant falls on in the user's zone, e.g. "11 July 2021 23:59".</summary>
    public string Moment(Instant instant)
    {
        var local = instant.InZone(zone).LocalDateTime;
        return $"{LocalDatePattern.Create("D", culture).Format(local.Date)} {LocalTimePattern.Create("t", culture).Format(local.TimeOfDay)}";
    }

    /// <summary>The last minute before a deadline instant, which is how people read "through the end of the day".</summary>
    public string LastMinuteBefore(Instant deadline) => Moment(deadline - Duration.FromMinutes(1));
}
