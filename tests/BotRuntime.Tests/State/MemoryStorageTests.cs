using System.Text.Json;
using BotRuntime.State;

namespace BotRuntime.Tests.State;

public class MemoryStorageTests
{
    private readonly MemoryStorage storage = new();

    [Fact]
    public async Task MissingKeysAreAbsentFromARead()
    {
        await storage.WriteAsync(Changes("a", new { n = 1 }, null));

        var items = await storage.ReadAsync(["a", "b"]);

        Assert.Equal(["a"], items.Keys);
        Assert.Equal(1, items["a"].Value.GetProperty("n").GetInt32());
    }

    [Fact]
    public async Task EveryWriteGivesANewETag()
    {
        var first = await storage.WriteAsync(Changes("a", new { n = 1 }, null));
        var second = await storage.WriteAsync(Changes("a", new { n = 2 }, first["a"]));

        Assert.NotEqual(first["a"], second["a"]);
        Assert.Equal(second["a"], (await storage.ReadAsync(["a"]))["a"].ETag);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("*")]
    public async Task NullOrStarETagOverwritesWhateverIsStored(string? eTag)
    {
        await storage.WriteAsync(Changes("a", new { n = 1 }, null));

        await storage.WriteAsync(Changes("a", new { n = 2 }, eTag));

        Assert.Equal(2, (await storage.ReadAsync(["a"]))["a"].Value.GetProperty("n").GetInt32());
    }

    [Fact]
    public async Task AStaleETagIsRefusedAndNothingIsWritten()
    {
        var first = await storage.WriteAsync(Changes("a", new { n = 1 }, null));
        await storage.WriteAsync(Changes("a", new { n = 2 }, first["a"]));

        var conflict = await Assert.ThrowsAsync<StoragePreconditionFailedException>(() =>
            storage.WriteAsync(new Dictionary<string, StoreItem>
            {
                ["b"] = StoreItem.From(new { n = 9 }),
                ["a"] = StoreItem.From(new { n = 3 }, first["a"]),
            }));

        Assert.Equal("a", conflict.Key);
        var items = await storage.ReadAsync(["a", "b"]);
        Assert.Equal(2, items["a"].Value.GetProperty("n").GetInt32());
        Assert.False(items.ContainsKey("b"));
    }

    [Fact]
    public async Task AnETagForADeletedItemIsAConflict()
    {
        var written = await storage.WriteAsync(Changes("a", new { n = 1 }, null));
        await storage.DeleteAsync(["a"]);

        await Assert.ThrowsAsync<StoragePreconditionFailedException>(() => storage.WriteAsync(Changes("a", new { n = 2 }, written["a"])));
    }

    private static Dictionary<string, StoreItem> Changes(string key, object value, string? eTag) =>
        new() { [key] = new StoreItem(JsonSerializer.SerializeToElement(value), eTag) };
}
