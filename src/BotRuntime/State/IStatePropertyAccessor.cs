namespace BotRuntime.State;

/// <summary>One named property of a state scope (conversation, user), read and written within a turn.</summary>
public interface IStatePropertyAccessor<T>
{
    string Name { get; }

    /// <summary>Returns the value; when absent, stores and returns the factory's value.</summary>
    Task<T> GetAsync(ITurnContext turnContext, Func<T> defaultValueFactory, CancellationToken cancellationToken = default);

    /// <summary>Returns the value, or default when absent.</summary>
    Task<T?> GetAsync(ITurnContext turnContext, CancellationToken cancellationToken = default);

    Task SetAsync(ITurnContext turnContext, T value, CancellationToken cancellationToken = default);

    Task DeleteAsync(ITurnContext turnContext, CancellationToken cancellationToken = default);
}
