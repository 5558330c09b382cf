using System.Security.Cryptography;
using System.Text;
using PlanningServicesBot.Domain.Vouchers;

namespace PlanningServicesBot.Data.Demo;

/// <summary>Generated demo voucher numbers: the same for every run, unlike any well-known one, and checked against the configured format.</summary>
internal static class DemoVoucherNumbers
{
    // No 0/O or 1/I: generated numbers are easy to read out and type.
    private const string Alphabet = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

    public static IReadOnlyList<string> Generate(int count, IEnumerable<string> reserved, VoucherNumberFormat format)
    {
        var taken = new HashSet<string>(reserved, StringComparer.Ordinal);
        var numbers = new List<string>(count);
        for (var seed = 0; numbers.Count < count; seed++)
        {
            var number = FromSeed(seed);
            if (taken.Add(number))
            {
                numbers.Add(Checked(number, format));
            }
        }

        return numbers;
    }

    public static string Checked(string number, VoucherNumberFormat format) =>
        format.ParseOrNull(number)?.Value == number
            ? number
            : throw new InvalidOperationException(
                $"The demo data uses voucher numbers like {number}, which the configured voucher number pattern rejects; " +
                "seed demo data only with the default voucher number format.");

    private static string FromSeed(int seed)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"planning-services-demo-voucher/{seed}"));
        var bits = System.Buffers.Binary.BinaryPrimitives.ReadUInt64LittleEndian(hash);
        var text = new StringBuilder(14);
        for (var i = 0; i < 12; i++)
        {
            if (i is 4 or 8)
            {
                text.Append('-');
            }

            text.Append(Alphabet[(int)(bits & 31)]);
            bits >>= 5;
        }

        return text.ToString();
    }
}
