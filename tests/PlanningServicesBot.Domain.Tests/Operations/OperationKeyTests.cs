using PlanningServicesBot.Domain.Operations;

namespace PlanningServicesBot.Domain.Tests.Operations;

public class OperationKeyTests
{
    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void AKeyCannotBeEmpty(string value)
    {
        Assert.ThrowsAny<ArgumentException>(() => new OperationKey(value));
    }

    [Fact]
    public void AKeyHasAtMostOneHundredCharacters()
    {
        Assert.Equal(100, new OperationKey(new string('k', 100)).Value.Length);
        Assert.Throws<ArgumentException>(() => new OperationKey(new string('k', 101)));
    }

    [Fact]
    public void KeysAreEqualByValue()
    {
        Assert.Equal(new OperationKey("card-1"), new OperationKey("card-1"));
        Assert.NotEqual(OperationKey.NewRandom(), OperationKey.NewRandom());
    }
}
