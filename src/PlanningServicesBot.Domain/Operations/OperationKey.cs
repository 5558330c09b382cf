namespace PlanningServicesBot.Domain.Operations;

/// <summary>The idempotency key of one business operation (e.g. taken from a card submit): the same key twice changes nothing twice.</summary>
public sealed record OperationKey
{
    /// <summary>The longest key accepted.</summary>
    public const int MaxLength = 100;

    /// <summary>Creates a key.</summary>
    /// <exception cref="ArgumentException">The value is empty or longer than <see cref="MaxLength"/>.</exception>
    public OperationKey(string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        if (value.Length > MaxLength)
        {
            throw new ArgumentException($"An operation key has at most {MaxLength} characters.", nameof(value));
        }

        Value = value;
    }

    /// <summary>The key.</summary>
    public string Value { get; }

    /// <summary>A fresh random key, for operations that have no natural one.</summary>
    public static OperationKey NewRandom() => new(Guid.NewGuid().ToString("N"));

    /// <inheritdoc />
    public override string ToString() => Value;
}
