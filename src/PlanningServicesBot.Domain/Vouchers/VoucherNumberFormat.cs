using System.Text;
using System.Text.RegularExpressions;
using PlanningServicesBot.Domain.Calendar;

namespace PlanningServicesBot.Domain.Vouchers;

/// <summary>
/// Recognises voucher numbers typed by people: case-insensitive, with or without dashes or spaces,
/// normalised to upper case with groups of four joined by '-' (or as typed, upper-cased, when the pattern wants another shape).
/// </summary>
public sealed class VoucherNumberFormat
{
    private const int GroupSize = 4;
    private readonly Regex pattern;

    /// <summary>Creates a format from the regular expression a normalised number must match.</summary>
    public VoucherNumberFormat(string pattern)
    {
        // Linear-time matching needs no timeout; a timeout fired on valid numbers when the CPU was starved.
        this.pattern = new Regex(pattern, RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);
    }

    /// <summary>The default format: three groups of four letters or digits, e.g. 7K2Q-XJ4M-0B9C.</summary>
    public static VoucherNumberFormat Default { get; } = new(ProgramCalendar.Default.VoucherNumberPattern);

    /// <summary>Reads a voucher number from user input; false when it is not one.</summary>
    public bool TryParse(string? input, out VoucherNumber number)
    {
        number = null!;
        if (string.IsNullOrWhiteSpace(input) || input.Length > 64)
        {
            return false;
        }

        var typed = string.Join('-', input.Trim().ToUpperInvariant().Split([' ', '-', '\t'], StringSplitOptions.RemoveEmptyEntries));
        var compact = typed.Replace("-", "", StringComparison.Ordinal);
        foreach (var candidate in new[] { Grouped(compact), typed, compact })
        {
            if (pattern.IsMatch(candidate))
            {
                number = new VoucherNumber(candidate);
                return true;
            }
        }

        return false;
    }

    /// <summary>The voucher number in <paramref name="input"/>, or null when it is not one.</summary>
    public VoucherNumber? ParseOrNull(string? input) => TryParse(input, out var number) ? number : null;

    private static string Grouped(string compact)
    {
        var builder = new StringBuilder(compact.Length + (compact.Length / GroupSize));
        for (var i = 0; i < compact.Length; i++)
        {
            if (i > 0 && i % GroupSize == 0)
            {
                builder.Append('-');
            }

            builder.Append(compact[i]);
        }

        return builder.ToString();
    }
}
