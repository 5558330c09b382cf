using System.Text;
using System.Text.Json;
using BotRuntime.State;

namespace BotRuntime.Tests.State;

public class StoreItemTests
{
    [Theory]
    [InlineData("")]
    [InlineData("{\"a\":")]
    [InlineData("{} {}")]
    [InlineData("not json")]
    public void UtfEightThatIsNotOneJsonValueIsRefused(string json) =>
        Assert.ThrowsAny<JsonException>(() => StoreItem.FromUtf8(Encoding.UTF8.GetBytes(json)));

    [Fact]
    public void AnItemFromUtfEightReadsAsTheSameDocument()
    {
        var item = StoreItem.FromUtf8("{\"n\":3,\"s\":\"été\"}"u8.ToArray(), "e1");

        Assert.Equal(3, item.Value.GetProperty("n").GetInt32());
        Assert.Equal("été", item.Value.GetProperty("s").GetString());
        Assert.Equal("e1", item.ETag);
    }

    [Fact]
    public void AnItemFromAnElementOutlivesItsDocumentOnceGivenAnETag()
    {
        StoreItem kept;
        using (var document = JsonDocument.Parse("{\"n\":7}"))
        {
            kept = new StoreItem(document.RootElement).WithETag("e2");
        }

        Assert.Equal(7, kept.Value.GetProperty("n").GetInt32());
        Assert.Equal("{\"n\":7}", Encoding.UTF8.GetString(kept.Utf8.Span));
        Assert.Equal("e2", kept.ETag);
    }

    [Fact]
    public void AsReadsTheDocumentAsAType() =>
        Assert.Equal(5, StoreItem.From(new Counter(5)).As<Counter>()!.N);

    private sealed record Counter(int N);
}
