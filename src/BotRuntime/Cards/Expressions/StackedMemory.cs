namespace BotRuntime.Cards.Expressions;

/// <summary>adaptive-expressions' <c>StackedMemory</c>: lambda variables over the enclosing memory.</summary>
internal sealed class StackedMemory : IValueMemory
{
    private readonly List<IValueMemory> memories = [];

    private StackedMemory()
    {
    }

    public static StackedMemory Wrap(IValueMemory memory)
    {
        if (memory is StackedMemory stacked)
        {
            return stacked;
        }

        var result = new StackedMemory();
        result.Push(memory);
        return result;
    }

    public void Push(IValueMemory memory) => memories.Add(memory);

    public void Pop() => memories.RemoveAt(memories.Count - 1);

    public object? GetValue(MemoryPath path)
    {
        for (var i = memories.Count - 1; i >= 0; i--)
        {
            var value = memories[i].GetValue(path);
            if (value is not JsUndefined)
            {
                return value;
            }
        }

        return JsUndefined.Value;
    }
}
