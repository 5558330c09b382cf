using System.Collections.Concurrent;
using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace PlanningServicesBot.Localization;

/// <summary>Shows instants and days to one user: in their time zone (from the channel, else the program's) and language.</summary>
public sealed class UserTime(DateTimeZone zone, CultureInfo culture)
{
    // A pattern is parsed from its text when created: each read-only culture's are made once (one that can be changed
    // could differ from another of the same name, so it gets its own).
    private static readonly ConcurrentDictionary<CultureInfo, (LocalDatePattern Date, LocalTimePattern Time)> Patterns = new();

    private readonly (LocalDatePattern Date, LocalTimePattern Time) patterns = culture.IsReadOnly
        ? Patterns.GetOrAdd(culture, CreatePatterns)
        : CreatePatterns(culture);

    public DateTimeZone Zone => zone;

    public CultureInfo Culture => culture;

    /// <summary>The user's zone when the channel named a known IANA zone, else the fallback (the program zone).</summary>
    public static DateTimeZone ZoneFor(string? localTimezone, DateTimeZone fallback) =>
        string.IsNullOrWhiteSpace(localTimezone)
            ? fallback
            : DateTimeZoneProviders.Tzdb.GetZoneOrNull(localTimezone.Trim()) ?? fallback;

    /// <summary>The long date of a program day, e.g. "Monday, 3 May 2021" (no zone conversion: a day is a day).</summary>
    public string Day(LocalDate day) => patterns.Date.Format(day);

    /// <summary>The date and time an instant falls on in the user's zone, e.g. "11 July 2021 23:59".</summary>
    public string Moment(Instant instant)
    {
        var local = instant.InZone(zone).LocalDateTime;
        return $"{patterns.Date.Format(local.Date)} {patterns.Time.Format(local.TimeOfDay)}";
    }

    private static (LocalDatePattern Date, LocalTimePattern Time) CreatePatterns(CultureInfo culture) =>
        (LocalDatePattern.Create("D", culture), LocalTimePattern.Create("t", culture));

    /// <summary>The last minute before a deadline instant, which is how people read "through the end of the day".</summary>
    public string LastMinuteBefore(Instant deadline) => Moment(deadline - Duration.FromMinutes(1));
}
