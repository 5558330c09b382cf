namespace PlanningServicesBot.Data.BotState;

/// <summary>One document of a write batch, serialized before the write lock is taken.</summary>
/// <param name="ExpectedETag">The ETag the stored row must have; null writes unconditionally.</param>
internal readonly record struct StateChange(string Key, string? ExpectedETag, ReadOnlyMemory<byte> Value, string NewETag);

/// <summary>A stored document's key and the ETag it had when seen: deleted only if it still has that ETag.</summary>
internal readonly record struct StoredVersion(string Key, string ETag);
