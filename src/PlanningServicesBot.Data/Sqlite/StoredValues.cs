using System.Globalization;
using Microsoft.Data.Sqlite;
using NodaTime;
using NodaTime.Text;

namespace PlanningServicesBot.Data.Sqlite;

/// <summary>How domain values are written to and read from SQLite columns.</summary>
internal static class StoredValues
{
    public static string Date(LocalDate date) => LocalDatePattern.Iso.Format(date);

    public static object Date(LocalDate? date) => date is { } d ? Date(d) : DBNull.Value;

    public static string? DateOrNull(LocalDate? date) => date is { } d ? Date(d) : null;

    public static long? FlagOrNull(bool? flag) => flag is { } f ? (f ? 1L : 0L) : null;

    public static string Instant(Instant instant) => InstantPattern.ExtendedIso.Format(instant);

    public static object Text(string? text) => text is null ? DBNull.Value : text;

    public static object Flag(bool? flag) => flag is { } f ? (f ? 1L : 0L) : DBNull.Value;

    public static object Number(int? number) => number is { } n ? (long)n : DBNull.Value;

    public static string Name<TEnum>(TEnum value)
        where TEnum : struct, Enum => value.ToString();

    public static LocalDate GetDate(this SqliteDataReader reader, int ordinal) =>
        LocalDatePattern.Iso.Parse(reader.GetString(ordinal)).GetValueOrThrow();

    public static LocalDate? GetDateOrNull(this SqliteDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetDate(ordinal);

    public static Instant GetInstant(this SqliteDataReader reader, int ordinal) =>
        InstantPattern.ExtendedIso.Parse(reader.GetString(ordinal)).GetValueOrThrow();

    public static string? GetTextOrNull(this SqliteDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    public static bool GetFlag(this SqliteDataReader reader, int ordinal) => reader.GetInt64(ordinal) != 0;

    public static int GetNumber(this SqliteDataReader reader, int ordinal) =>
        checked((int)reader.GetInt64(ordinal));

    public static TEnum GetName<TEnum>(this SqliteDataReader reader, int ordinal)
        where TEnum : struct, Enum =>
        Enum.TryParse<TEnum>(reader.GetString(ordinal), ignoreCase: false, out var value) && Enum.IsDefined(value)
            ? value
            : throw new InvalidDataException(
                string.Create(CultureInfo.InvariantCulture, $"'{reader.GetString(ordinal)}' is not a {typeof(TEnum).Name}."));

    public static SqliteParameter Add(this SqliteCommand command, string name, object value) =>
        command.Parameters.AddWithValue(name, value);
}
