using System.Text.Json;
using BotRuntime.State;

namespace PlanningServicesBot.Data.Tests.BotState;

/// <summary>What every <see cref="IStorage"/> promises, run against each implementation by a subclass.</summary>
public abstract class StorageContractTests
{
    protected abstract IStorage Storage { get; }

    [Fact]
    public async Task MissingKeysAreAbsentFromARead()
    {
        await Storage.WriteAsync(Changes("a", new { n = 1 }, null));

        var items = await Storage.ReadAsync(["a", "b"]);

        Assert.Equal(["a"], items.Keys);
        Assert.Equal(1, items["a"].Value.GetProperty("n").GetInt32());
    }

    [Fact]
    public async Task ReadingNoKeysReadsNothing()
    {
        await Storage.WriteAsync(Changes("a", new { n = 1 }, null));

        Assert.Empty(await Storage.ReadAsync([]));
    }

    [Fact]
    public async Task EveryWriteGivesANewETag()
    {
        var first = await Storage.WriteAsync(Changes("a", new { n = 1 }, null));
        var second = await Storage.WriteAsync(Changes("a", new { n = 2 }, first["a"]));

        Assert.NotEqual(first["a"], second["a"]);
        Assert.Equal(second["a"], (await Storage.ReadAsync(["a"]))["a"].ETag);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("*")]
    public async Task NullOrStarETagOverwritesWhateverIsStored(string? eTag)
    {
        await Storage.WriteAsync(Changes("a", new { n = 1 }, null));

        await Storage.WriteAsync(Changes("a", new { n = 2 }, eTag));

        Assert.Equal(2, (await Storage.ReadAsync(["a"]))["a"].Value.GetProperty("n").GetInt32());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("*")]
    [InlineData(StoreItem.AbsentETag)]
    public async Task NullStarOrTheAbsentETagCreatesAMissingDocument(string? eTag)
    {
        var written = await Storage.WriteAsync(Changes("new", new { n = 1 }, eTag));

        var item = (await Storage.ReadAsync(["new"]))["new"];
        Assert.Equal(1, item.Value.GetProperty("n").GetInt32());
        Assert.Equal(written["new"], item.ETag);
    }

    [Fact]
    public async Task TheAbsentETagIsRefusedWhereADocumentIsStoredAndNothingIsWritten()
    {
        var first = await Storage.WriteAsync(Changes("a", new { n = 1 }, StoreItem.AbsentETag));

        var conflict = await Assert.ThrowsAsync<StoragePreconditionFailedException>(() =>
            Storage.WriteAsync(new Dictionary<string, StoreItem>
            {
                ["b"] = StoreItem.From(new { n = 9 }, StoreItem.AbsentETag),
                ["a"] = StoreItem.From(new { n = 2 }, StoreItem.AbsentETag),
            }));

        Assert.Equal("a", conflict.Key);
        var items = await Storage.ReadAsync(["a", "b"]);
        Assert.Equal(1, items["a"].Value.GetProperty("n").GetInt32());
        Assert.Equal(first["a"], items["a"].ETag);
        Assert.False(items.ContainsKey("b"));
    }

    [Fact]
    public async Task AStaleETagIsRefusedAndNothingIsWritten()
    {
        var first = await Storage.WriteAsync(Changes("a", new { n = 1 }, null));
        await Storage.WriteAsync(Changes("a", new { n = 2 }, first["a"]));

        var conflict = await Assert.ThrowsAsync<StoragePreconditionFailedException>(() =>
            Storage.WriteAsync(new Dictionary<string, StoreItem>
            {
                ["b"] = StoreItem.From(new { n = 9 }),
                ["a"] = StoreItem.From(new { n = 3 }, first["a"]),
            }));

        Assert.Equal("a", conflict.Key);
        var items = await Storage.ReadAsync(["a", "b"]);
        Assert.Equal(2, items["a"].Value.GetProperty("n").GetInt32());
        Assert.False(items.ContainsKey("b"));
    }

    [Fact]
    public async Task AConflictInABatchLeavesItsEarlierUpdatesUnwritten()
    {
        var a = await Storage.WriteAsync(Changes("a", new { n = 1 }, null));
        var b = await Storage.WriteAsync(Changes("b", new { n = 1 }, null));
        await Storage.WriteAsync(Changes("b", new { n = 2 }, null));

        await Assert.ThrowsAsync<StoragePreconditionFailedException>(() =>
            Storage.WriteAsync(new Dictionary<string, StoreItem>
            {
                ["a"] = StoreItem.From(new { n = 10 }, a["a"]),
                ["b"] = StoreItem.From(new { n = 10 }, b["b"]),
            }));

        var items = await Storage.ReadAsync(["a", "b"]);
        Assert.Equal(1, items["a"].Value.GetProperty("n").GetInt32());
        Assert.Equal(a["a"], items["a"].ETag);
        Assert.Equal(2, items["b"].Value.GetProperty("n").GetInt32());
    }

    [Fact]
    public async Task ABatchWritesEveryDocumentAndReturnsTheETagOfEach()
    {
        var existing = await Storage.WriteAsync(Changes("conversation", new { turn = 1 }, null));

        var eTags = await Storage.WriteAsync(new Dictionary<string, StoreItem>
        {
            ["conversation"] = StoreItem.From(new { turn = 2 }, existing["conversation"]),
            ["user"] = StoreItem.From(new { name = "Ada" }, StoreItem.AnyETag),
        });

        var items = await Storage.ReadAsync(["conversation", "user"]);
        Assert.Equal(2, items["conversation"].Value.GetProperty("turn").GetInt32());
        Assert.Equal("Ada", items["user"].Value.GetProperty("name").GetString());
        Assert.Equal(eTags["conversation"], items["conversation"].ETag);
        Assert.Equal(eTags["user"], items["user"].ETag);
        Assert.NotEqual(eTags["conversation"], eTags["user"]);
    }

    [Fact]
    public async Task AnETagForADeletedItemIsAConflict()
    {
        var written = await Storage.WriteAsync(Changes("a", new { n = 1 }, null));
        await Storage.DeleteAsync(["a"]);

        await Assert.ThrowsAsync<StoragePreconditionFailedException>(() => Storage.WriteAsync(Changes("a", new { n = 2 }, written["a"])));
        Assert.Empty(await Storage.ReadAsync(["a"]));
    }

    [Fact]
    public async Task AnETagForADocumentThatNeverExistedIsAConflict()
    {
        var elsewhere = await Storage.WriteAsync(Changes("other", new { n = 1 }, null));

        var conflict = await Assert.ThrowsAsync<StoragePreconditionFailedException>(() =>
            Storage.WriteAsync(Changes("never", new { n = 1 }, elsewhere["other"])));

        Assert.Equal("never", conflict.Key);
        Assert.Empty(await Storage.ReadAsync(["never"]));
    }

    [Fact]
    public async Task AnEmptyETagIsRefusedAsAMistake()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => Storage.WriteAsync(Changes("a", new { n = 1 }, string.Empty)));

        Assert.Empty(await Storage.ReadAsync(["a"]));
    }

    [Fact]
    public async Task DeleteRemovesOnlyTheGivenKeysAndIgnoresMissingOnes()
    {
        await Storage.WriteAsync(new Dictionary<string, StoreItem>
        {
            ["a"] = StoreItem.From(new { n = 1 }),
            ["b"] = StoreItem.From(new { n = 2 }),
            ["c"] = StoreItem.From(new { n = 3 }),
        });

        await Storage.DeleteAsync(["a", "c", "missing"]);

        Assert.Equal(["b"], (await Storage.ReadAsync(["a", "b", "c", "missing"])).Keys);
    }

    [Fact]
    public async Task ADeletedKeyCanBeWrittenAgainWithoutAnETag()
    {
        await Storage.WriteAsync(Changes("a", new { n = 1 }, null));
        await Storage.DeleteAsync(["a"]);

        await Storage.WriteAsync(Changes("a", new { n = 2 }, StoreItem.AnyETag));

        Assert.Equal(2, (await Storage.ReadAsync(["a"]))["a"].Value.GetProperty("n").GetInt32());
    }

    [Fact]
    public async Task KeysAreCaseSensitive()
    {
        await Storage.WriteAsync(new Dictionary<string, StoreItem>
        {
            ["msteams/conversations/Ab"] = StoreItem.From(new { n = 1 }),
            ["msteams/conversations/aB"] = StoreItem.From(new { n = 2 }),
        });

        var items = await Storage.ReadAsync(["msteams/conversations/Ab", "msteams/conversations/aB", "msteams/conversations/ab"]);

        Assert.Equal(2, items.Count);
        Assert.Equal(1, items["msteams/conversations/Ab"].Value.GetProperty("n").GetInt32());
        Assert.Equal(2, items["msteams/conversations/aB"].Value.GetProperty("n").GetInt32());
    }

    [Theory]
    [InlineData("""{"dialogStack":[{"id":"status","state":{"step":1,"values":{"number":"ABC-123"}}}],"locale":"fr-FR"}""")]
    [InlineData("""{"unicode":"Zoë 日本語 \u00e9 \ud83d\ude00","escaped":"a\"b\\c\n"}""")]
    [InlineData("""{"big":12345678901234567890,"precise":1.10,"small":-1e-7,"flags":[true,false,null]}""")]
    [InlineData("""{}""")]
    [InlineData("""[1,"two",{"three":3}]""")]
    [InlineData("\"just a string\"")]
    [InlineData("null")]
    public async Task ADocumentComesBackExactlyAsItWasWritten(string json)
    {
        using var document = JsonDocument.Parse(json);
        await Storage.WriteAsync(new Dictionary<string, StoreItem> { ["doc"] = new(document.RootElement.Clone()) });

        var stored = (await Storage.ReadAsync(["doc"]))["doc"].Value;

        Assert.Equal(json, stored.GetRawText());
        Assert.True(JsonElement.DeepEquals(document.RootElement, stored));
    }

    protected static Dictionary<string, StoreItem> Changes(string key, object value, string? eTag) =>
        new() { [key] = new StoreItem(JsonSerializer.SerializeToElement(value), eTag) };
}
