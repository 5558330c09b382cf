using PlanningServicesBot.Domain.Refusals;

namespace PlanningServicesBot.Domain;

/// <summary>The result of a pure domain rule: the new value, or every reason it refuses.</summary>
/// <typeparam name="T">What the rule produces when it accepts.</typeparam>
public sealed record Decision<T>
    where T : class
{
    private Decision(T? value, IReadOnlyList<Refusal> refusals)
    {
        Value = value;
        Refusals = refusals;
    }

    /// <summary>The accepted value; null when refused.</summary>
    public T? Value { get; }

    /// <summary>Every reason for refusing; empty when accepted.</summary>
    public IReadOnlyList<Refusal> Refusals { get; }

    /// <summary>Whether the rule accepted.</summary>
    public bool IsAccepted => Value is not null;

    /// <summary>An accepting decision.</summary>
    public static Decision<T> Accept(T value) => new(value, []);

    /// <summary>A refusing decision; at least one reason is required.</summary>
    /// <exception cref="ArgumentException">No reason was given.</exception>
    public static Decision<T> Refuse(IReadOnlyList<Refusal> refusals) =>
        refusals.Count > 0 ? new(null, refusals) : throw new ArgumentException("A refusal needs a reason.", nameof(refusals));

    /// <summary>Refuses when any reason was found, else accepts the value <paramref name="accept"/> builds.</summary>
    public static Decision<T> From(IReadOnlyList<Refusal> refusals, Func<T> accept) =>
        refusals.Count > 0 ? Refuse(refusals) : Accept(accept());
}
