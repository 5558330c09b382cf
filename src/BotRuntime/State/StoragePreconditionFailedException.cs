namespace BotRuntime.State;

/// <summary>A conditional write lost a race: the stored ETag differs from the one the writer read.</summary>
public class StoragePreconditionFailedException : Exception
{
    public StoragePreconditionFailedException(string key)
        : base($"The stored item '{key}' changed since it was read (ETag mismatch).")
    {
        Key = key;
    }

    public string Key { get; }
}
