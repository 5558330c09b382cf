using BotRuntime.Cards.Expressions;

namespace BotRuntime.Tests.Cards;

/// <summary>JavaScript object semantics, checked on both sides of the size where lookups switch to an index.</summary>
public sealed class JsObjectTests
{
    [Theory]
    [InlineData(3)]
    [InlineData(8)]
    [InlineData(9)]
    [InlineData(40)]
    public void EveryKeyIsFoundAfterEachSetWhateverTheSize(int size)
    {
        var value = new JsObject();
        for (var i = 0; i < size; i++)
        {
            value.Set("key" + i, i);
            for (var j = 0; j <= i; j++)
            {
                Assert.True(value.TryGet("key" + j, out var found));
                Assert.Equal(j, found);
                Assert.Equal(j, value.GetIgnoringCase("KEY" + j));
            }

            Assert.False(value.TryGet("key" + (i + 1), out _));
        }

        Assert.Equal(size, value.Count);
    }

    [Fact]
    public void ArrayIndexKeysComeFirstInAscendingOrderAndLookupsFollowThem()
    {
        var value = new JsObject();
        foreach (var key in new[] { "b", "a", "c", "d", "e", "f", "g", "h", "i", "10", "2", "x", "0" })
        {
            value.Set(key, key);
        }

        Assert.Equal(["0", "2", "10", "b", "a", "c", "d", "e", "f", "g", "h", "i", "x"], value.Keys);
        foreach (var key in value.Keys)
        {
            Assert.True(value.TryGet(key, out var found));
            Assert.Equal(key, found);
        }
    }

    [Fact]
    public void SettingAnExistingKeyKeepsItsPlaceAndTheFirstKeyIgnoringCaseWins()
    {
        var value = new JsObject();
        for (var i = 0; i < 12; i++)
        {
            value.Set("k" + i, i);
        }

        value.Set("Title", "first");
        value.Set("TITLE", "second");
        value.Set("k3", "changed");

        Assert.Equal("first", value.GetIgnoringCase("title"));
        Assert.True(value.TryGet("TITLE", out var exact));
        Assert.Equal("second", exact);
        Assert.Equal(3, value.Keys.ToList().IndexOf("k3"));
        Assert.True(value.TryGet("k3", out var changed));
        Assert.Equal("changed", changed);
    }
}
