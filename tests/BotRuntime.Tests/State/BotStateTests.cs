using BotRuntime.State;

namespace BotRuntime.Tests.State;

public class BotStateTests
{
    private readonly MemoryStorage storage = new();

    [Fact]
    public async Task ConversationStateIsKeyedByChannelAndConversation()
    {
        var state = new ConversationState(storage);
        var turn = CollectingAdapter.Turn(conversationId: "c-42");

        await state.CreateProperty<int>("count").SetAsync(turn, 3);
        await state.SaveChangesAsync(turn);

        var items = await storage.ReadAsync(["test/conversations/c-42"]);
        Assert.Equal(3, items["test/conversations/c-42"].Value.GetProperty("count").GetInt32());
    }

    [Fact]
    public async Task UserStateIsKeyedByChannelAndUser()
    {
        var state = new UserState(storage);
        var turn = CollectingAdapter.Turn(userId: "u-7");

        await state.CreateProperty<string>("name").SetAsync(turn, "Ana");
        await state.SaveChangesAsync(turn);

        Assert.True((await storage.ReadAsync(["test/users/u-7"])).ContainsKey("test/users/u-7"));
    }

    [Fact]
    public async Task ChangesToTheObjectReturnedByGetArePersisted()
    {
        var state = new ConversationState(storage);
        var property = state.CreateProperty<Counter>("counter");
        var turn = CollectingAdapter.Turn();

        var counter = await property.GetAsync(turn, () => new Counter());
        counter.Value = 5;
        counter.Tags.Add("x");
        await state.SaveChangesAsync(turn);

        var next = CollectingAdapter.Turn();
        var reloaded = await property.GetAsync(next, () => new Counter());
        Assert.Equal(5, reloaded.Value);
        Assert.Equal(["x"], reloaded.Tags);
    }

    [Fact]
    public async Task AbsentPropertyWithoutFactoryIsDefault()
    {
        var state = new ConversationState(storage);

        Assert.Null(await state.CreateProperty<Counter>("counter").GetAsync(CollectingAdapter.Turn()));
        Assert.Equal(0, await state.CreateProperty<int>("n").GetAsync(CollectingAdapter.Turn()));
    }

    [Fact]
    public async Task AnUnchangedDocumentIsNotWrittenAgain()
    {
        var state = new ConversationState(storage);
        var turn = CollectingAdapter.Turn();
        await state.CreateProperty<int>("n").SetAsync(turn, 1);
        await state.SaveChangesAsync(turn);
        var eTag = (await storage.ReadAsync([state.GetStorageKeyFor(turn)])).Single().Value.ETag;

        var next = CollectingAdapter.Turn();
        Assert.Equal(1, await state.CreateProperty<int>("n").GetAsync(next));
        await state.SaveChangesAsync(next);

        Assert.Equal(eTag, (await storage.ReadAsync([state.GetStorageKeyFor(next)])).Single().Value.ETag);
    }

    [Fact]
    public async Task ReadingEveryPropertyOfARichDocumentBackWithoutChangingItWritesNothing()
    {
        var state = new ConversationState(storage);
        var seed = CollectingAdapter.Turn();
        // Several properties, nesting, non-ASCII text and characters JSON escapes: their order and bytes must survive.
        await state.CreateProperty<Counter>("counter").SetAsync(seed, new Counter { Value = 3, Tags = ["Québec", "北京", "a\"b<c>"] });
        await state.CreateProperty<Dictionary<string, object>>("dialog").SetAsync(seed, new Dictionary<string, object> { ["step"] = 2, ["values"] = new[] { 1.5, 2 } });
        await state.CreateProperty<string>("locale").SetAsync(seed, "zh-CN");
        await state.SaveChangesAsync(seed);
        var key = state.GetStorageKeyFor(seed);
        var eTag = (await storage.ReadAsync([key]))[key].ETag;

        for (var turnNumber = 0; turnNumber < 2; turnNumber++)
        {
            // Properties asked for in another order than they were written in, one of them only partly.
            var turn = CollectingAdapter.Turn();
            Assert.Equal("zh-CN", await state.CreateProperty<string>("locale").GetAsync(turn));
            Assert.Equal(["Québec", "北京", "a\"b<c>"], (await state.CreateProperty<Counter>("counter").GetAsync(turn))!.Tags);
            Assert.NotNull(await state.CreateProperty<Dictionary<string, object>>("dialog").GetAsync(turn));
            await state.SaveChangesAsync(turn);
        }

        Assert.Equal(eTag, (await storage.ReadAsync([key]))[key].ETag);
    }

    [Fact]
    public async Task ClearingStateWritesAnEmptyDocumentEvenWhenTheTurnChangedNothingElse()
    {
        var state = new ConversationState(storage);
        var seed = CollectingAdapter.Turn();
        await state.CreateProperty<int>("n").SetAsync(seed, 1);
        await state.SaveChangesAsync(seed);

        var turn = CollectingAdapter.Turn();
        await state.LoadAsync(turn);
        await state.ClearStateAsync(turn);
        await state.SaveChangesAsync(turn);

        var key = state.GetStorageKeyFor(turn);
        Assert.Equal("{}", (await storage.ReadAsync([key]))[key].Value.GetRawText());
    }

    [Fact]
    public async Task SavingAfterSomeoneElseWroteTheDocumentIsAConflict()
    {
        var state = new ConversationState(storage);
        var property = state.CreateProperty<int>("n");
        var seed = CollectingAdapter.Turn();
        await property.SetAsync(seed, 1);
        await state.SaveChangesAsync(seed);

        var slow = CollectingAdapter.Turn();
        var fast = CollectingAdapter.Turn();
        await property.SetAsync(slow, (await property.GetAsync(slow)) + 10);
        await property.SetAsync(fast, (await property.GetAsync(fast)) + 100);
        await state.SaveChangesAsync(fast);

        await Assert.ThrowsAsync<StoragePreconditionFailedException>(() => state.SaveChangesAsync(slow));
        Assert.Equal(101, await property.GetAsync(CollectingAdapter.Turn()));
    }

    [Fact]
    public async Task ATurnCanSaveTwiceWithoutConflictingWithItself()
    {
        var state = new ConversationState(storage);
        var property = state.CreateProperty<int>("n");
        var turn = CollectingAdapter.Turn();

        await property.SetAsync(turn, 1);
        await state.SaveChangesAsync(turn);
        await property.SetAsync(turn, 2);
        await state.SaveChangesAsync(turn);

        Assert.Equal(2, await property.GetAsync(CollectingAdapter.Turn()));
    }

    [Fact]
    public async Task DeletedPropertyIsGoneAfterSave()
    {
        var state = new ConversationState(storage);
        var turn = CollectingAdapter.Turn();
        await state.CreateProperty<int>("a").SetAsync(turn, 1);
        await state.CreateProperty<int>("b").SetAsync(turn, 2);
        await state.SaveChangesAsync(turn);

        var next = CollectingAdapter.Turn();
        await state.CreateProperty<int>("a").DeleteAsync(next);
        await state.SaveChangesAsync(next);

        var document = state.Get(next)!;
        Assert.False(document.ContainsKey("a"));
        Assert.Equal(2, (int)document["b"]!);
    }

    [Fact]
    public async Task DeletingTheStateRemovesItFromStorage()
    {
        var state = new ConversationState(storage);
        var turn = CollectingAdapter.Turn();
        await state.CreateProperty<int>("a").SetAsync(turn, 1);
        await state.SaveChangesAsync(turn);

        await state.DeleteAsync(CollectingAdapter.Turn());

        Assert.Empty(await storage.ReadAsync([state.GetStorageKeyFor(turn)]));
    }

    [Fact]
    public async Task ClearedStateIsWrittenEmpty()
    {
        var state = new ConversationState(storage);
        var turn = CollectingAdapter.Turn();
        await state.CreateProperty<int>("a").SetAsync(turn, 1);
        await state.SaveChangesAsync(turn);

        var next = CollectingAdapter.Turn();
        await state.LoadAsync(next);
        await state.ClearStateAsync(next);
        await state.SaveChangesAsync(next);

        Assert.Equal(0, await state.CreateProperty<int>("a").GetAsync(CollectingAdapter.Turn()));
    }

    private sealed class Counter
    {
        public int Value { get; set; }

        public List<string> Tags { get; set; } = [];
    }
}
