using PlanningServicesBot.Domain.Vouchers;

namespace PlanningServicesBot.Domain.Tests.Vouchers;

public class VoucherNumberFormatTests
{
    [Theory]
    [InlineData("7K2Q-XJ4M-0B9C", "7K2Q-XJ4M-0B9C")]
    [InlineData("7k2q-xj4m-0b9c", "7K2Q-XJ4M-0B9C")]
    [InlineData("7K2QXJ4M0B9C", "7K2Q-XJ4M-0B9C")]
    [InlineData(" 7k2q xj4m 0b9c ", "7K2Q-XJ4M-0B9C")]
    [InlineData("7K2Q - XJ4M - 0B9C", "7K2Q-XJ4M-0B9C")]
    [InlineData("7K-2QXJ-4M0B9C", "7K2Q-XJ4M-0B9C")]
    public void TypedNumbersAreNormalisedToUpperCaseGroupsOfFour(string input, string expected)
    {
        Assert.True(VoucherNumberFormat.Default.TryParse(input, out var number));
        Assert.Equal(expected, number.Value);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("7K2Q-XJ4M-0B9")]
    [InlineData("7K2Q-XJ4M-0B9CD")]
    [InlineData("7K2Q-XJ4M-0B9#")]
    [InlineData("7K2Q_XJ4M_0B9C")]
    [InlineData("my voucher is 7K2Q-XJ4M-0B9C")]
    public void AnythingElseIsNotAVoucherNumber(string? input)
    {
        Assert.False(VoucherNumberFormat.Default.TryParse(input, out _));
        Assert.Null(VoucherNumberFormat.Default.ParseOrNull(input));
    }

    [Fact]
    public void AConfiguredPatternDecidesTheShape()
    {
        var tenDigits = new VoucherNumberFormat("^[0-9]{10}$");

        Assert.Equal("0123456789", tenDigits.ParseOrNull("01234 56789")?.Value);
        Assert.Null(tenDigits.ParseOrNull("7K2Q-XJ4M-0B9C"));
    }

    [Fact]
    public void VoucherNumbersAreEqualByValue()
    {
        Assert.Equal(new VoucherNumber("7K2Q-XJ4M-0B9C"), VoucherNumberFormat.Default.ParseOrNull("7k2qxj4m0b9c"));
    }
}
