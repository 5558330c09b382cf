using System.Globalization;
using System.Numerics;
using System.Text;
using System.Text.RegularExpressions;

namespace BotRuntime.Cards.Expressions;

/// <summary>JavaScript's number conversions: <c>Number.prototype.toString</c>, <c>toFixed</c>, <c>parseInt</c>, <c>parseFloat</c>.</summary>
internal static partial class JsNumber
{
    public static bool IsInteger(double value) => double.IsFinite(value) && Math.Floor(value) == value;

    public static bool IsInteger(object? value) => value is double number && IsInteger(number);

    /// <summary><c>typeof value === 'number' &amp;&amp; !isNaN(value)</c>, as adaptive-expressions' <c>isNumber</c>.</summary>
    public static bool IsNumber(object? value) => value is double number && !double.IsNaN(number);

    public static string ToString(double value)
    {
        if (double.IsNaN(value))
        {
            return "NaN";
        }

        if (value == 0)
        {
            return "0";
        }

        if (double.IsInfinity(value))
        {
            return value > 0 ? "Infinity" : "-Infinity";
        }

        if (value < 0)
        {
            return "-" + ToString(-value);
        }

        var (digits, n) = ShortestDigits(value);
        var k = digits.Length;
        if (k <= n && n <= 21)
        {
            return digits + new string('0', n - k);
        }

        if (0 < n && n <= 21)
        {
            return digits[..n] + "." + digits[n..];
        }

        if (-6 < n && n <= 0)
        {
            return "0." + new string('0', -n) + digits;
        }

        var exponent = n - 1;
        var sign = exponent < 0 ? "-" : "+";
        var mantissa = k == 1 ? digits : digits[..1] + "." + digits[1..];
        return mantissa + "e" + sign + Math.Abs(exponent).ToString(CultureInfo.InvariantCulture);
    }

    /// <summary><c>Number.prototype.toFixed(fractionDigits)</c>: exact decimal rounding, ties away from zero.</summary>
    public static string ToFixed(double value, int fractionDigits)
    {
        if (double.IsNaN(value))
        {
            return "NaN";
        }

        if (Math.Abs(value) >= 1e21 || double.IsInfinity(value))
        {
            return ToString(value);
        }

        var negative = value < 0;
        var magnitude = RoundedScaledMagnitude(Math.Abs(value), fractionDigits);
        var text = magnitude.ToString(CultureInfo.InvariantCulture);
        if (fractionDigits > 0)
        {
            text = text.PadLeft(fractionDigits + 1, '0');
            text = text[..^fractionDigits] + "." + text[^fractionDigits..];
        }

        return negative ? "-" + text : text;
    }

    /// <summary><c>parseInt(text, 10)</c>.</summary>
    public static double ParseInt(string text)
    {
        var i = SkipWhitespace(text);
        var negative = false;
        if (i < text.Length && text[i] is '+' or '-')
        {
            negative = text[i] == '-';
            i++;
        }

        var start = i;
        while (i < text.Length && text[i] is >= '0' and <= '9')
        {
            i++;
        }

        if (i == start)
        {
            return double.NaN;
        }

        var magnitude = double.Parse(text.AsSpan(start, i - start), NumberStyles.None, CultureInfo.InvariantCulture);
        return negative ? -magnitude : magnitude;
    }

    /// <summary><c>parseInt(text)</c> without a radix, as adaptive-expressions' memory paths use it (accepts <c>0x</c>).</summary>
    public static double ParseIntAnyRadix(string text)
    {
        var i = SkipWhitespace(text);
        var j = i;
        if (j < text.Length && text[j] is '+' or '-')
        {
            j++;
        }

        if (j + 1 < text.Length && text[j] == '0' && text[j + 1] is 'x' or 'X')
        {
            var start = j + 2;
            var end = start;
            while (end < text.Length && Uri.IsHexDigit(text[end]))
            {
                end++;
            }

            if (end == start)
            {
                return double.NaN;
            }

            var value = (double)BigInteger.Parse("0" + text[start..end], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
            return text[i] == '-' ? -value : value;
        }

        return ParseInt(text);
    }

    /// <summary><c>parseFloat(text)</c>.</summary>
    public static double ParseFloat(string text)
    {
        var match = FloatPrefix().Match(text, SkipWhitespace(text));
        if (!match.Success)
        {
            return double.NaN;
        }

        var literal = match.Value;
        if (literal.EndsWith("Infinity", StringComparison.Ordinal))
        {
            return literal[0] == '-' ? double.NegativeInfinity : double.PositiveInfinity;
        }

        return double.Parse(literal, NumberStyles.Float, CultureInfo.InvariantCulture);
    }

    /// <summary>JavaScript's <c>Number(value)</c> for the values templates handle.</summary>
    public static double ToNumber(object? value) => value switch
    {
        null => 0,
        double number => number,
        bool flag => flag ? 1 : 0,
        string text => StringToNumber(text),
        List<object?> list => list.Count switch
        {
            0 => 0,
            1 => ToNumber(JsValue.ToText(list[0] is null or JsUndefined ? "" : list[0])),
            _ => double.NaN,
        },
        _ => double.NaN,
    };

    public static bool IsJsWhitespace(char c) =>
        c is '\t' or '\n' or '\v' or '\f' or '\r' or ' ' or '\u00a0' or '\u1680' or '\u2028' or '\u2029' or '\u202f' or '\u205f'
            or '\u3000' or '\ufeff' || (c >= '\u2000' && c <= '\u200a');

    public static string Trim(string text)
    {
        var start = 0;
        var end = text.Length;
        while (start < end && IsJsWhitespace(text[start]))
        {
            start++;
        }

        while (end > start && IsJsWhitespace(text[end - 1]))
        {
            end--;
        }

        return text[start..end];
    }

    private static double StringToNumber(string text)
    {
        var trimmed = Trim(text);
        if (trimmed.Length == 0)
        {
            return 0;
        }

        var parsed = ParseFloat(trimmed);
        var match = FloatPrefix().Match(trimmed);
        return match.Success && match.Length == trimmed.Length ? parsed : double.NaN;
    }

    private static int SkipWhitespace(string text)
    {
        var i = 0;
        while (i < text.Length && IsJsWhitespace(text[i]))
        {
            i++;
        }

        return i;
    }

    private static (string Digits, int PointPosition) ShortestDigits(double positive)
    {
        var roundTrip = positive.ToString("R", CultureInfo.InvariantCulture);
        var exponent = 0;
        var e = roundTrip.IndexOf('E');
        if (e >= 0)
        {
            exponent = int.Parse(roundTrip.AsSpan(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            roundTrip = roundTrip[..e];
        }

        var dot = roundTrip.IndexOf('.');
        var integerLength = dot >= 0 ? dot : roundTrip.Length;
        var digits = new StringBuilder(roundTrip.Length).Append(roundTrip.Replace(".", "", StringComparison.Ordinal));
        var point = integerLength + exponent;
        while (digits.Length > 1 && digits[0] == '0')
        {
            digits.Remove(0, 1);
            point--;
        }

        while (digits.Length > 1 && digits[^1] == '0')
        {
            digits.Length--;
        }

        return (digits.ToString(), point);
    }

    private static BigInteger RoundedScaledMagnitude(double positive, int fractionDigits)
    {
        var bits = BitConverter.DoubleToInt64Bits(positive);
        var biasedExponent = (int)((bits >> 52) & 0x7FF);
        var fraction = bits & 0xFFFFFFFFFFFFFL;
        var mantissa = biasedExponent == 0 ? fraction : fraction | (1L << 52);
        var binaryExponent = (biasedExponent == 0 ? 1 : biasedExponent) - 1075;
        var numerator = new BigInteger(mantissa) * BigInteger.Pow(10, fractionDigits);
        if (binaryExponent >= 0)
        {
            return numerator << binaryExponent;
        }

        var denominator = BigInteger.One << -binaryExponent;
        var quotient = BigInteger.DivRem(numerator, denominator, out var remainder);
        return remainder * 2 >= denominator ? quotient + 1 : quotient;
    }

    [GeneratedRegex(@"\G[+-]?(?:Infinity|(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?)")]
    private static partial Regex FloatPrefix();
}
