namespace BotRuntime;

/// <summary>Values that live for one turn only, keyed by name (by default the full type name).</summary>
public class TurnContextStateCollection : Dictionary<string, object>
{
    public TurnContextStateCollection()
        : base(StringComparer.Ordinal)
    {
    }

    public T? Get<T>(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return TryGetValue(key, out var value) && value is T typed ? typed : default;
    }

    public T? Get<T>()
        where T : class => Get<T>(typeof(T).FullName!);

    public void Set<T>(string key, T value)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (value is null)
        {
            Remove(key);
        }
        else
        {
            this[key] = value;
        }
    }

    public void Set<T>(T value)
        where T : class => Set(typeof(T).FullName!, value);
}
